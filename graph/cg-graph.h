/* cg-graph.h: the provenance graph and its exporters.
 *
 * The graph is built from a CgCorpus (never from text): typed nodes
 * (article, speaker, assertion, claim) and typed edges (said_by,
 * carried_by, written_by, same_as, supports, contradicts, quotes, and
 * member_of from an assertion to its claim).  Exporters write DOT through
 * cgraph, SVG/PNG through gvc, node-link JSON and GraphML, all honouring
 * the same focus and filters.
 */
#ifndef CG_GRAPH_H
#define CG_GRAPH_H

#include "cg-model.h"

G_BEGIN_DECLS

typedef struct _CgGraph CgGraph;

/* Build the graph of CORPUS; the corpus must outlive the graph. */
CgGraph *cg_graph_new (CgCorpus *corpus);
void     cg_graph_free (CgGraph *graph);

typedef struct {
  const char *focus;       /* node id or NULL: the subgraph within depth steps of it */
  guint       depth;       /* default 2 */
  const char *article;     /* keep only this article's assertions (id or path), or NULL */
  const char *speaker;     /* keep only this speaker's assertions (id or name), or NULL */
  const char *relations;   /* comma-separated edge kinds to keep, or NULL for all */
  const char *verdict;     /* keep only claims with this verdict (and their members), or NULL */
} CgGraphFilter;

typedef enum {
  CG_EXPORT_DOT,
  CG_EXPORT_SVG,
  CG_EXPORT_PNG,
  CG_EXPORT_JSON,
  CG_EXPORT_GRAPHML
} CgExportFormat;

gboolean cg_export_format_from_name (const char *name, CgExportFormat *out);

/* Write GRAPH, filtered, in FORMAT to OUT_PATH (NULL or "-": stdout).  A
 * file is written whole or not at all (temporary file, then rename). */
gboolean cg_graph_export (CgGraph *graph, CgExportFormat format, const CgGraphFilter *filter,
                          const char *out_path, GError **error);

G_END_DECLS

#endif
