// What a reader types as a site, read as the host name the settings key sites by.

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The host of `input`, lower-case: a host name (news.example.cn), or a pasted address
 * (https://news.example.cn/a/1.html) reduced to its host. Non-ASCII names (例子.中国) become
 * the punycode the browser reports for them. Undefined when it is not a host.
 */
export function parseHost(input: string): string | undefined {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return undefined;
  }
  return HOST.test(host) ? host : undefined;
}
