// The PDF's XMP metadata, written by brev rather than pdfkit so that every value is XML-escaped (a title with "&" or
// "<" stays well-formed) and the packet says what the file is: PDF/A-2a (pdfkit adds pdfaid from its subset) and
// PDF/UA-1 (pdfuaid, with the extension schema PDF/A requires for a property outside its predefined schemas), and
// the fingerprint of the inputs the file was made from (brev:fingerprint, described by an extension schema too), so
// the file vouches for itself wherever it is copied. Each value matches the document information dictionary, as PDF/A
// requires.

import { XMP_NAMESPACE, XMP_PREFIX, XMP_PROPERTY } from "./file-fingerprint.js";
import { escapeXml } from "./xml-escape.js";

export interface XmpFields {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, e.g. "nb-NO". */
  language: string;
  creator: string;
  producer: string;
  date: Date;
  /** What the file carries to vouch for itself (see output/fingerprint.ts); none: no brev:fingerprint property. */
  fingerprint?: string;
}

export function xmpDescriptions(f: XmpFields): string {
  const when = f.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt>`;
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${when}</xmp:CreateDate><xmp:ModifyDate>${when}</xmp:ModifyDate><xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${escapeXml(f.creator)}</xmp:CreatorTool>`,
    "</rdf:Description>",
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<dc:format>application/pdf</dc:format>",
    `<dc:title>${alt(f.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(f.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(f.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(f.language)}</rdf:li></rdf:Bag></dc:language>`,
    "</rdf:Description>",
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>${escapeXml(f.producer)}</pdf:Producer></rdf:Description>`,
    '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><pdfuaid:part>1</pdfuaid:part></rdf:Description>',
    ...(f.fingerprint !== undefined
      ? [
          `<rdf:Description rdf:about="" xmlns:${XMP_PREFIX}="${XMP_NAMESPACE}"><${XMP_PREFIX}:${XMP_PROPERTY}>${escapeXml(f.fingerprint)}</${XMP_PREFIX}:${XMP_PROPERTY}></rdf:Description>`,
        ]
      : []),
    extensionSchemas(f.fingerprint !== undefined),
  ].join("\n");
}

/**
 * PDF/A allows XMP properties outside its predefined schemas only when the packet describes them, all in the one
 * pdfaExtension:schemas bag.
 */
function extensionSchemas(fingerprint: boolean): string {
  return [
    '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    "<pdfaExtension:schemas><rdf:Bag>",
    schema("PDF/UA Universal Accessibility Schema", "http://www.aiim.org/pdfua/ns/id/", "pdfuaid", {
      name: "part",
      valueType: "Integer",
      description: "Indicates which part of ISO 14289 the file conforms to",
    }),
    ...(fingerprint
      ? [
          schema("brev letter file", XMP_NAMESPACE, XMP_PREFIX, {
            name: XMP_PROPERTY,
            valueType: "Text",
            description: "Hash of the letter (its text and layout data) brev made this file from",
          }),
        ]
      : []),
    "</rdf:Bag></pdfaExtension:schemas>",
    "</rdf:Description>",
  ].join("");
}

function schema(title: string, namespace: string, prefix: string, property: { name: string; valueType: string; description: string }): string {
  return [
    '<rdf:li rdf:parseType="Resource">',
    `<pdfaSchema:schema>${title}</pdfaSchema:schema>`,
    `<pdfaSchema:namespaceURI>${namespace}</pdfaSchema:namespaceURI>`,
    `<pdfaSchema:prefix>${prefix}</pdfaSchema:prefix>`,
    '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">',
    `<pdfaProperty:name>${property.name}</pdfaProperty:name>`,
    `<pdfaProperty:valueType>${property.valueType}</pdfaProperty:valueType>`,
    "<pdfaProperty:category>internal</pdfaProperty:category>",
    `<pdfaProperty:description>${property.description}</pdfaProperty:description>`,
    "</rdf:li></rdf:Seq></pdfaSchema:property>",
    "</rdf:li>",
  ].join("");
}
