/** One page of a RingCentral list answer: `records`, `paging` and `navigation` links, as the API pages a list. */
export function listPage<T>(
  origin: string,
  resource: string,
  query: URLSearchParams,
  matching: T[],
  maxPerPage: number,
  shape: (record: T) => unknown = (r) => r,
) {
  const perPage = Math.min(Number(query.get('perPage')) || 100, maxPerPage);
  const page = Math.max(1, Number(query.get('page')) || 1);
  const records = matching.slice((page - 1) * perPage, page * perPage).map(shape);
  const link = (p: number) => {
    const q = new URLSearchParams(query);
    q.set('page', String(p));
    q.set('perPage', String(perPage));
    return { uri: `${origin}/restapi/v1.0/account/3000000001/extension/3000000101/${resource}?${q}` };
  };
  const totalPages = Math.max(1, Math.ceil(matching.length / perPage));
  return {
    uri: link(page).uri,
    records,
    paging: {
      page,
      totalPages,
      perPage,
      totalElements: matching.length,
      pageStart: (page - 1) * perPage,
      pageEnd: (page - 1) * perPage + records.length - 1,
    },
    navigation: {
      firstPage: link(1),
      ...(page < totalPages ? { nextPage: link(page + 1) } : {}),
      ...(page > 1 ? { previousPage: link(page - 1) } : {}),
      lastPage: link(totalPages),
    },
  };
}
