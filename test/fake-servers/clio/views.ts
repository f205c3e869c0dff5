/** The fake firm's records as Clio's API shows them (before `fields=` picks from them). */
import type { FakeActivity, FakeCommunication, FakeContact, FakeFirm, FakeMatter } from './firm';

export const contactView = (contact: FakeContact) => ({ ...contact });

export const matterView = (firm: FakeFirm, matter: FakeMatter) => ({
  id: matter.id,
  display_number: matter.display_number,
  description: matter.description,
  status: matter.status,
  client: { id: matter.client_id, name: firm.contacts.find((c) => c.id === matter.client_id)?.name ?? null },
});

function participant(firm: FakeFirm, ref: { id: number; type: string }) {
  if (ref.type === 'User') return { id: ref.id, type: 'User', name: firm.user.name };
  const contact = firm.contacts.find((c) => c.id === ref.id);
  return { id: ref.id, type: contact?.type ?? 'Person', name: contact?.name ?? null };
}

export const communicationView = (firm: FakeFirm, communication: FakeCommunication) => {
  const matter = communication.matter ? firm.matters.find((m) => m.id === communication.matter!.id) : undefined;
  return {
    ...communication,
    matter: matter ? { id: matter.id, display_number: matter.display_number } : null,
    senders: communication.senders.map((ref) => participant(firm, ref)),
    receivers: communication.receivers.map((ref) => participant(firm, ref)),
    time_entries: firm.activities.filter((a) => a.communication_id === communication.id).map((a) => ({ id: a.id, quantity: a.quantity })),
  };
};

export const activityView = (activity: FakeActivity) => ({
  id: activity.id,
  type: activity.type,
  quantity: activity.quantity,
  date: activity.date,
  non_billable: activity.non_billable,
  note: activity.note,
  matter: activity.matter_id === null ? null : { id: activity.matter_id },
  communication: activity.communication_id === null ? null : { id: activity.communication_id },
});
