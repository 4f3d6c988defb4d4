/* graph.c: SCAFFOLD, replaced by the graph core. */
#include "cg-graph.h"
struct _CgGraph { CgCorpus *corpus; };
CgGraph *cg_graph_new (CgCorpus *corpus) { CgGraph *g = g_new0 (CgGraph, 1); g->corpus = corpus; return g; }
void cg_graph_free (CgGraph *g) { g_free (g); }
gboolean cg_export_format_from_name (const char *name, CgExportFormat *out) { (void) name; *out = CG_EXPORT_DOT; return FALSE; }
gboolean cg_graph_export (CgGraph *g, CgExportFormat f, const CgGraphFilter *fl, const char *o, GError **error) { (void) g; (void) f; (void) fl; (void) o; g_set_error (error, CG_ERROR, CG_ERROR_USAGE, "not built yet"); return FALSE; }
