#ifndef DECLUTTER_CZLIB_SHIM_H
#define DECLUTTER_CZLIB_SHIM_H

#include <zlib.h>

/// `inflateInit2` is a macro, which Swift cannot call; this starts an inflate stream that reads
/// gzip or zlib headers alike (window bits 15, plus 32 for automatic header detection).
static inline int declutter_inflateInitAuto(z_streamp stream) {
    return inflateInit2(stream, 15 + 32);
}

#endif
