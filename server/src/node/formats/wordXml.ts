import { DOMParser } from '@xmldom/xmldom';

// Small helpers over WordprocessingML parsed with a real XML parser: elements are matched by local
// name in Word's namespace (transitional or strict), whatever prefix the writer chose.

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

export function parseXml(xml: string): Document {
  // A malformed part is reported by the caller as a damaged document, not printed by the parser.
  const fail = (message: string) => {
    throw new Error(message);
  };
  return new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(xml, 'application/xml');
}

export function isWord(node: Node, name: string): boolean {
  return node.nodeType === 1 && (node as Element).localName === name && WORD_NAMESPACES.has((node as Element).namespaceURI ?? '');
}

export function children(element: Element): Element[] {
  const out: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) out.push(node as Element);
  return out;
}

export function child(element: Element | undefined, name: string): Element | undefined {
  if (!element) return undefined;
  for (let node = element.firstChild; node; node = node.nextSibling) if (isWord(node, name)) return node as Element;
  return undefined;
}

/** A w: attribute of a Word element (w:val and friends live in Word's namespace). */
export function attr(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const namespace = element.namespaceURI;
  const value = namespace ? element.getAttributeNS(namespace, name) : element.getAttribute(name);
  return value === null || value === '' ? (element.getAttribute(`w:${name}`) ?? undefined) || undefined : value;
}

/** An on/off property (w:vanish, w:isLgl): present means on unless its w:val says otherwise. */
export function isOn(element: Element | undefined): boolean {
  if (!element) return false;
  const value = attr(element, 'val');
  return value === undefined || !/^(?:0|false|off)$/i.test(value);
}
