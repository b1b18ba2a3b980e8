// The messages the content script answers: its contract with the popup.

export interface CountRequest {
  type: 'newsfacts:count';
}

export interface CountResponse {
  figures: number;
}

export function isCountRequest(message: unknown): message is CountRequest {
  return (message as CountRequest | null)?.type === 'newsfacts:count';
}
