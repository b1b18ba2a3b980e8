// Addresses as the collection keys pages: a page is its address without the fragment, so that
// jumping to a heading (#section) or to a highlighted quote (#:~:text=) is the same page.

/** `url` without its fragment (everything from the first '#'). */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
