// The visible text of an HTML document as a browser lays it out: block elements on lines of
// their own, <br> as a line break, runs of white space collapsed, and nothing from elements a
// reader never sees (script, style, template, hidden). The command line runs the engine on it,
// so offsets index what a reader reads.
import { Parser } from 'htmlparser2';
import { isJsonLd, PublicationDateReader, type Attributes } from './page/publication-date';

/** Elements whose content is never rendered as text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg', 'math', 'select', 'textarea', 'button']);
/** Elements laid out as blocks: their text starts and ends a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);
/** Elements with no closing tag: they never open a hidden region. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function isHiddenByAttributes(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
  const style = (attrs.style ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let hiddenDepth = 0;
  let preDepth = 0;
  const stack: Array<{ name: string; hides: boolean }> = [];

  const breakLine = () => {
    const trimmed = line.trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const hides = HIDDEN.has(name) || isHiddenByAttributes(attrs);
        if (!VOID.has(name)) {
          stack.push({ name, hides });
          if (hides) hiddenDepth++;
          if (name === 'pre') preDepth++;
        }
        if (hiddenDepth) return;
        if (name === 'br') {
          if (preDepth) line += '\n';
          else breakLine();
        } else if (BLOCK.has(name)) breakLine();
      },
      ontext(data) {
        if (hiddenDepth) return;
        line += preDepth ? data : data.replace(/[ \t\r\n\f]+/g, ' ');
        if (!preDepth && line.startsWith(' ')) line = line.trimStart();
        if (!preDepth) line = line.replace(/ {2,}/g, ' ');
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // pop to the matching element (htmlparser2 reports implied closes too)
        for (let k = stack.length - 1; k >= 0; k--) {
          if (stack[k].name !== name) continue;
          for (const e of stack.splice(k)) {
            if (e.hides) hiddenDepth--;
            if (e.name === 'pre') preDepth--;
          }
          break;
        }
        if (!hiddenDepth && BLOCK.has(name)) breakLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  breakLine();
  return lines.join('\n');
}

/** The document's <title>, white space collapsed; '' when it has none. */
export function htmlTitle(html: string): string {
  let title = '';
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
      },
      ontext(data) {
        if (inTitle) title += data;
      },
      onclosetag(name) {
        if (name === 'title') {
          inTitle = false;
          parser.pause();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return title.replace(/\s+/g, ' ').trim();
}

/** The publication date the document's markup states (./page/publication-date.ts), as YYYY-MM-DD. */
export function htmlPublicationDate(html: string): string | undefined {
  const reader = new PublicationDateReader();
  // the element whose text is read (a <time>, a JSON-LD script), with how deep its name nests in itself
  let reading: { name: string; attrs: Record<string, string>; text: string; depth: number } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const attr: Attributes = (key) => attrs[key];
        if (name === 'meta') reader.meta(attr);
        else if (reading) {
          if (name === reading.name) reading.depth++;
        } else if (name === 'script' ? isJsonLd(attrs.type) : PublicationDateReader.states(name, attr)) {
          reading = { name, attrs, text: '', depth: 0 };
        }
      },
      ontext(data) {
        if (reading) reading.text += data;
      },
      onclosetag(name) {
        if (!reading || name !== reading.name || reading.depth-- > 0) return;
        const { attrs, text } = reading;
        reading = undefined;
        if (name === 'script') reader.jsonLd(text);
        else reader.element(name, (key) => attrs[key], () => text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return reader.date();
}
