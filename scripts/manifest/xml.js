'use strict';
// A small, strict XML reader for the add-in manifest: elements with resolved namespaces,
// attributes, text, line numbers and source offsets. Well-formedness beyond what is needed here
// (DTDs, processing instructions other than the declaration) is left to xmllint.

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

class XmlError extends Error {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text, line) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (_, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    if (!(ref in ENTITIES)) throw new XmlError(`unknown entity &${ref};`, line);
    return ENTITIES[ref];
  });
}

/**
 * @typedef {{ name: string, prefix: string, local: string, ns: string, value: string, line: number }} XmlAttribute
 * @typedef {{ name: string, prefix: string, local: string, ns: string, attributes: XmlAttribute[],
 *   children: XmlElement[], text: string, line: number, start: number, end: number,
 *   parent: XmlElement | null, namespaces: Record<string, string> }} XmlElement
 */

function splitName(name) {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

/** Parses a document; returns its root element. Throws XmlError with a line number. */
function parseXml(source) {
  let pos = 0;
  let line = 1;
  const stack = [];
  let root = null;

  const advance = (to) => {
    for (let i = pos; i < to; i += 1) if (source.charCodeAt(i) === 10) line += 1;
    pos = to;
  };
  const expectEnd = (marker, what) => {
    const end = source.indexOf(marker, pos);
    if (end < 0) throw new XmlError(`unterminated ${what}`, line);
    return end;
  };

  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    if (lt < 0) {
      if (source.slice(pos).trim() && stack.length === 0)
        throw new XmlError('text after the root element', line);
      if (stack.length) stack[stack.length - 1].text += decodeEntities(source.slice(pos), line);
      advance(source.length);
      break;
    }
    if (lt > pos) {
      const text = source.slice(pos, lt);
      if (stack.length) stack[stack.length - 1].text += decodeEntities(text, line);
      else if (text.trim()) throw new XmlError('text outside the root element', line);
      advance(lt);
    }
    if (source.startsWith('<!--', pos)) {
      advance(expectEnd('-->', 'comment') + 3);
    } else if (source.startsWith('<![CDATA[', pos)) {
      const end = expectEnd(']]>', 'CDATA section');
      if (!stack.length) throw new XmlError('CDATA outside the root element', line);
      stack[stack.length - 1].text += source.slice(pos + 9, end);
      advance(end + 3);
    } else if (source.startsWith('<?', pos)) {
      advance(expectEnd('?>', 'processing instruction') + 2);
    } else if (source.startsWith('<!', pos)) {
      throw new XmlError('DOCTYPE and other declarations are not allowed in a manifest', line);
    } else if (source.startsWith('</', pos)) {
      const end = expectEnd('>', 'end tag');
      const name = source.slice(pos + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new XmlError(`</${name}> does not close <${open ? open.name : '?'}>`, line);
      advance(end + 1);
      open.end = pos;
    } else {
      const startLine = line;
      const start = pos;
      const match = /^<([^\s/>]+)/.exec(source.slice(pos, pos + 200));
      if (!match) throw new XmlError('malformed start tag', line);
      advance(pos + match[0].length);
      const rawAttributes = [];
      for (;;) {
        const ws = /^\s*/.exec(source.slice(pos, pos + 1000))[0];
        advance(pos + ws.length);
        if (source.startsWith('/>', pos) || source.startsWith('>', pos)) break;
        const attr = /^([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/.exec(source.slice(pos));
        if (!attr) throw new XmlError(`malformed attribute in <${match[1]}>`, line);
        rawAttributes.push({ name: attr[1], raw: attr[3] ?? attr[4], line });
        advance(pos + attr[0].length);
      }
      const selfClosing = source.startsWith('/>', pos);
      advance(pos + (selfClosing ? 2 : 1));

      const parent = stack.length ? stack[stack.length - 1] : null;
      const namespaces = Object.assign(
        Object.create(null),
        parent ? parent.namespaces : { xml: XML_NS },
      );
      for (const a of rawAttributes) {
        if (a.name === 'xmlns') namespaces[''] = a.raw;
        else if (a.name.startsWith('xmlns:')) namespaces[a.name.slice(6)] = a.raw;
      }
      const [prefix, local] = splitName(match[1]);
      if (!(prefix in namespaces) && prefix !== '')
        throw new XmlError(`undeclared namespace prefix "${prefix}"`, startLine);
      const attributes = [];
      const seen = new Set();
      for (const a of rawAttributes) {
        if (seen.has(a.name)) throw new XmlError(`duplicate attribute ${a.name}`, a.line);
        seen.add(a.name);
        const [aPrefix, aLocal] = splitName(a.name);
        if (aPrefix && aPrefix !== 'xmlns' && !(aPrefix in namespaces))
          throw new XmlError(`undeclared namespace prefix "${aPrefix}"`, a.line);
        attributes.push({
          name: a.name,
          prefix: aPrefix,
          local: aLocal,
          ns: aPrefix && aPrefix !== 'xmlns' ? namespaces[aPrefix] : '',
          value: decodeEntities(a.raw, a.line),
          line: a.line,
        });
      }
      const element = {
        name: match[1],
        prefix,
        local,
        ns: namespaces[prefix] || '',
        attributes,
        children: [],
        text: '',
        line: startLine,
        start,
        end: selfClosing ? pos : -1,
        parent,
        namespaces,
      };
      if (parent) parent.children.push(element);
      else if (root) throw new XmlError('more than one root element', startLine);
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1].name}> is not closed`, line);
  if (!root) throw new XmlError('no root element', line);
  return root;
}

/** The value of an attribute by local name (unprefixed attributes) or "prefix:local". */
function attr(element, name) {
  const found = element.attributes.find((a) => a.name === name);
  return found ? found.value : undefined;
}

/** The xsi:type of an element, as its local name ("Button", "VersionOverridesV1_1"). */
function xsiType(element) {
  const found = element.attributes.find(
    (a) => a.local === 'type' && a.ns === 'http://www.w3.org/2001/XMLSchema-instance',
  );
  return found ? splitName(found.value)[1] : undefined;
}

/** Child elements with this local name. */
function children(element, local) {
  return element.children.filter((c) => c.local === local);
}

/** Every descendant element (depth first, document order). */
function descendants(element) {
  const out = [];
  const walk = (e) => {
    for (const c of e.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(element);
  return out;
}

/** The slash-separated path of local names from the root ("OfficeApp/DisplayName"). */
function pathOf(element) {
  const parts = [];
  for (let e = element; e; e = e.parent) parts.unshift(e.local);
  return parts.join('/');
}

module.exports = {
  parseXml,
  attr,
  xsiType,
  children,
  descendants,
  pathOf,
  XmlError,
};
