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

#include <stdio.h>

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

/* ---- queries ------------------------------------------------------------
 * Nodes are numbered 0..n-1, sorted by kind (articles, speakers, assertions,
 * claims) then by id in natural order ("a2" before "a10"), so every walk
 * over them is deterministic.  Edges are numbered 0..m-1, sorted by (from,
 * to, kind), without duplicates: a link reported twice, or a symmetric link
 * (same_as, contradicts) reported in both directions, is one edge. */

typedef enum {
  CG_NODE_ARTICLE,
  CG_NODE_SPEAKER,
  CG_NODE_ASSERTION,
  CG_NODE_CLAIM
} CgNodeKind;

typedef enum {
  CG_EDGE_SAID_BY,      /* assertion -> speaker */
  CG_EDGE_CARRIED_BY,   /* assertion -> article */
  CG_EDGE_WRITTEN_BY,   /* article -> speaker (byline) */
  CG_EDGE_SAME_AS,      /* assertion -> assertion, from links */
  CG_EDGE_SUPPORTS,
  CG_EDGE_CONTRADICTS,
  CG_EDGE_QUOTES,
  CG_EDGE_CHANGES,      /* older assertion -> newer: a contradiction explained by time */
  CG_EDGE_MEMBER_OF,    /* assertion -> claim */
  CG_EDGE_N_KINDS
} CgEdgeKind;

#define CG_EDGE_MASK(kind) (1u << (kind))
#define CG_EDGE_MASK_ALL   ((1u << CG_EDGE_N_KINDS) - 1)

const char *cg_node_kind_name (CgNodeKind kind);
const char *cg_edge_kind_name (CgEdgeKind kind);
gboolean    cg_edge_kind_from_name (const char *name, CgEdgeKind *out);

guint       cg_graph_n_nodes (CgGraph *graph);
guint       cg_graph_n_edges (CgGraph *graph);
CgCorpus   *cg_graph_corpus (CgGraph *graph);

/* The node with id ID ("d1", "s3", "a17", "c4"), or -1. */
gint        cg_graph_lookup (CgGraph *graph, const char *id);
CgNodeKind  cg_graph_node_kind (CgGraph *graph, guint node);
/* The node's id; owned by the corpus record. */
const char *cg_graph_node_id (CgGraph *graph, guint node);
/* The corpus record behind NODE (CgArticle*, CgSpeaker*, CgAssertion* or
 * CgClaim* by kind); owned by the corpus. */
gpointer    cg_graph_node_record (CgGraph *graph, guint node);

/* Edge EDGE's ends and kind; LINK (may be NULL) receives the CgLink behind a
 * same_as/supports/contradicts/quotes edge, NULL for the others (owned by
 * the corpus). */
void        cg_graph_edge (CgGraph *graph, guint edge, guint *from, guint *to,
                           CgEdgeKind *kind, CgLink **link);

typedef enum {
  CG_DIR_OUT = 1,   /* edges leaving the node */
  CG_DIR_IN = 2,    /* edges arriving at it */
  CG_DIR_BOTH = 3
} CgDirection;

/* The nodes joined to NODE by an edge whose kind is in KINDS (a mask of
 * CG_EDGE_MASK bits) in direction DIR, in edge order, without repeats.
 * Returns a new GArray of guint; free with g_array_unref(). */
GArray     *cg_graph_neighbours (CgGraph *graph, guint node, guint kinds, CgDirection dir);

/* A selection: the nodes and edges that pass a CgGraphFilter. */
typedef struct _CgSubgraph CgSubgraph;

/* Apply FILTER (NULL: everything).  Fails with CG_ERROR_NOT_FOUND for an
 * unknown focus, article or speaker and CG_ERROR_USAGE for an unknown
 * relation or verdict name.  Returns a new selection; free with
 * cg_subgraph_free(). */
CgSubgraph *cg_graph_select (CgGraph *graph, const CgGraphFilter *filter, GError **error);
void        cg_subgraph_free (CgSubgraph *sub);
guint       cg_subgraph_n_nodes (const CgSubgraph *sub);
guint       cg_subgraph_n_edges (const CgSubgraph *sub);
gboolean    cg_subgraph_has_node (const CgSubgraph *sub, guint node);
gboolean    cg_subgraph_has_edge (const CgSubgraph *sub, guint edge);

/* Export an existing selection (cg_graph_export() is select + this). */
gboolean    cg_subgraph_export (CgGraph *graph, const CgSubgraph *sub, CgExportFormat format,
                                const char *out_path, GError **error);

/* How DOT is written.  CG_DOT_CGRAPH builds the selection as a cgraph
 * graph and writes it with agwrite() (the graph the renderer lays out);
 * CG_DOT_STREAM writes the same graph (subgraphs, nodes, edges, attribute
 * values) object by object, one per line, without building it, which
 * takes a fraction of the time and memory; CG_DOT_AUTO, what
 * cg_subgraph_export() does, streams a selection too large to lay out
 * (over 10,000 nodes) and builds any other. */
typedef enum {
  CG_DOT_AUTO,
  CG_DOT_CGRAPH,
  CG_DOT_STREAM
} CgDotWriter;

gboolean    cg_subgraph_export_dot (CgGraph *graph, const CgSubgraph *sub, CgDotWriter writer,
                                    const char *out_path, GError **error);

/* Writes one output to F; returns FALSE with ERROR set on failure. */
typedef gboolean (*CgWriteFunc) (FILE *f, gpointer data, GError **error);

/* Run WRITE on OUT_PATH (NULL or "-": stdout).  A file is written to a
 * temporary sibling and renamed over OUT_PATH only once complete, so a
 * writer can stream a big output piece by piece and still leave either
 * the whole file or none. */
gboolean cg_graph_write_output (const char *out_path, CgWriteFunc write, gpointer data,
                                GError **error);

G_END_DECLS

#endif
