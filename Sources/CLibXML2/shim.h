#ifndef DECLUTTER_CLIBXML2_SHIM_H
#define DECLUTTER_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> includes the system's
 * <unicode/ucnv.h>; Foundation on Linux carries its own copy of ICU's headers (_FoundationICU),
 * and a Swift module that imports both fails to build ("'UErrorCode' has different definitions
 * in different modules"). Nothing here uses libxml2's ICU converter fields (they sit at the end
 * of xmlCharEncodingHandler, which Swift only ever sees through a pointer), so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a global function-pointer variable in libxml2's headers, which Swift 6's
/// strict concurrency refuses to touch; this wrapper is the one way Swift code frees libxml2 memory.
static inline void declutter_xmlFree(void *pointer) {
    if (pointer != NULL) {
        xmlFree(pointer);
    }
}

/// Swallows one of libxml2's generic (printf-style) error reports.
static void declutter_ignoreGenericError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/// Swallows one of libxml2's structured error reports.
static void declutter_ignoreStructuredError(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

/// Stops libxml2 from printing to stderr on the calling thread. HTML_PARSE_NOERROR silences the
/// parser's own reports, but encoding and I/O errors still go to the global handlers, which are
/// per thread in a threaded libxml2 (so this is called before every parse). Swift cannot write
/// the variadic C function the generic handler needs, hence this wrapper.
static inline void declutter_silenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, declutter_ignoreGenericError);
    xmlSetStructuredErrorFunc(NULL, declutter_ignoreStructuredError);
}

#endif
