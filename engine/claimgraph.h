/* claimgraph.h: the public interface of libclaimgraph.
 *
 * claimgraph reads news articles and builds a provenance graph of the
 * claims in them: who said what, where it was printed, who repeats it, who
 * backs it and who contradicts it.  Each pipeline stage has its own header;
 * this one includes them all.
 */
#ifndef CLAIMGRAPH_H
#define CLAIMGRAPH_H

#include "cg-model.h"
#include "cg-rules.h"
#include "cg-reader.h"
#include "cg-metatable.h"
#include "cg-segment.h"
#include "cg-extract.h"
#include "cg-tagger.h"
#include "cg-bounds.h"
#include "cg-resolve.h"
#include "cg-link.h"
#include "cg-score.h"
#include "cg-pipeline.h"
#include "cg-store.h"
#include "cg-graph.h"
#include "cg-output.h"

#define CLAIMGRAPH_VERSION "0.1.0"

#endif
