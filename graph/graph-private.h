/* graph-private.h: the graph's storage, shared by graph.c and the exporters.
 *
 * The graph never copies a string: a node is the index of its corpus record
 * and an edge is two node indexes plus, for link edges, the index of the
 * CgLink.  Adjacency is one CSR array of incident edge indexes, so a corpus
 * of 100,000 assertions costs a few megabytes on top of the corpus itself.
 */
#ifndef CG_GRAPH_PRIVATE_H
#define CG_GRAPH_PRIVATE_H

#include <stdio.h>

#include "cg-graph.h"

#define CG_NO_LINK G_MAXUINT32

typedef struct {
  guint32 rec;     /* index into the corpus array of its kind */
  guint8  kind;    /* CgNodeKind */
} CgNode;

typedef struct {
  guint32 from, to;
  guint32 link;    /* index into corpus->links, or CG_NO_LINK */
  guint8  kind;    /* CgEdgeKind */
} CgEdge;

struct _CgGraph {
  CgCorpus   *corpus;
  CgNode     *nodes;
  guint       n_nodes;
  CgEdge     *edges;
  guint       n_edges;
  guint32    *adj_start;  /* n_nodes + 1 offsets into adj */
  guint32    *adj;        /* incident edge indexes, both directions, in edge order */
  GHashTable *ids;        /* const char *id (owned by the corpus) -> node + 1 */
};

struct _CgSubgraph {
  guint8 *node_on;        /* n_nodes flags */
  guint8 *edge_on;        /* n_edges flags */
  guint   n_nodes, n_edges;
  /* The filter as asked, for the exporters' graph attributes. */
  char   *focus, *article, *speaker, *relations, *verdict;
  guint   depth;
};

/* The article node an assertion node is carried by, or -1. */
gint cg_graph_assertion_article (CgGraph *graph, guint node);

/* The short text a viewer shows on a node (title, name, assertion text,
 * verdict); owned by the corpus. */
const char *cg_graph_node_label (CgGraph *graph, guint node);

/* Text made safe for XML 1.0 content and attributes: & < > " ' escaped,
 * CR as a character reference, characters XML forbids (C0 controls other
 * than tab, LF and CR, DEL, C1 controls; invalid UTF-8) replaced by U+FFFD.
 * Appended to OUT. */
void cg_xml_escape_append (GString *out, const char *text);

/* The exporters. */
gboolean cg_export_dot (CgGraph *graph, const CgSubgraph *sub, const char *out_path, GError **error);
gboolean cg_export_json (CgGraph *graph, const CgSubgraph *sub, const char *out_path, GError **error);
gboolean cg_export_graphml (CgGraph *graph, const CgSubgraph *sub, const char *out_path, GError **error);
gboolean cg_export_render (CgGraph *graph, const CgSubgraph *sub, CgExportFormat format,
                           const char *out_path, GError **error);

/* The cgraph graph of a selection, as the DOT exporter writes it and the
 * renderer lays it out.  Free with cg_dot_free() (its memory is an arena
 * that agclose() alone would leak). */
struct Agraph_s;
struct Agraph_s *cg_dot_build (CgGraph *graph, const CgSubgraph *sub);
void cg_dot_free (struct Agraph_s *g);

#endif
