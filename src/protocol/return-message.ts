/** The toast the UI shows for `ttl` milliseconds: the App Connect `returnMessage` shape. */
export type MessageType = 'success' | 'warning' | 'error';

export interface ReturnMessageDetail {
  title: string;
  items: { id: string; type: 'text'; text: string }[];
}

export interface ReturnMessage {
  message: string;
  messageType: MessageType;
  ttl: number;
  details?: ReturnMessageDetail[];
}

function build(messageType: MessageType, defaultTtl: number) {
  return (message: string, ttl = defaultTtl, hint?: string): ReturnMessage => ({
    message,
    messageType,
    ttl,
    ...(hint ? { details: [{ title: 'What to do', items: [{ id: '1', type: 'text', text: hint }] }] } : {}),
  });
}

export const success = build('success', 2000);
export const warning = build('warning', 5000);
export const error = build('error', 8000);
