#ifndef DECLUTTER_CLIBXML2_SHIM_H
#define DECLUTTER_CLIBXML2_SHIM_H

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

#endif
