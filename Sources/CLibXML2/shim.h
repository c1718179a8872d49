// libxml2's HTML parser and tree, for e-paper pages and pdftotext's XHTML (Debian libxml2-dev).
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the ICU copy Foundation ships. Tally only
// holds pointers to the encoding handlers those headers describe, so it reads them without ICU.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
