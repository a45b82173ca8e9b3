// Where a letter file carries its fingerprint (the hashes of the inputs it was made from, given as a plain string in
// the letter model): the names the renderers write it under, which the output stage reads back to judge a file by
// what it carries. Kept apart from the renderers so that reading a file's fingerprint loads no PDF or DOCX library.

/** The namespace of brev's own XMP property in a PDF; an identifier only, never fetched. */
export const XMP_NAMESPACE = "urn:brev:xmp:1/";
export const XMP_PREFIX = "brev";
export const XMP_PROPERTY = "fingerprint";

/** The DOCX custom document property (docProps/custom.xml). */
export const DOCX_PROPERTY = "brev-fingerprint";

/**
 * The arkivmelding (XML) carries it as a comment on the line after the XML declaration, exactly
 * `<!-- brev-fingerprint: <fingerprint> -->` (a comment: the schema allows no element of brev's own there).
 */
export const XML_COMMENT_PREFIX = "<!-- brev-fingerprint: ";
export const XML_COMMENT_SUFFIX = " -->";
