/*
 * vigie/vigie.h - the whole public API of libvigie.
 *
 * Include this, or the one module header you need.  See docs/ARCHITECTURE.md
 * for how the modules fit together.
 */
#ifndef VIGIE_VIGIE_H
#define VIGIE_VIGIE_H

#include "vigie/err.h"
#include "vigie/doc.h"
#include "vigie/read.h"
#include "vigie/lang.h"
#include "vigie/clean.h"
#include "vigie/store.h"
#include "vigie/copy.h"
#include "vigie/coord.h"
#include "vigie/story.h"
#include "vigie/ingest.h"
#include "vigie/sim.h"
#include "vigie/html.h"

#endif
