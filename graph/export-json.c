/* export-json.c: SCAFFOLD, replaced by the exporters. */
#include "cg-graph.h"
