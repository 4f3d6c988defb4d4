/* graph.c: the provenance graph core: typed nodes and edges built from a
 * CgCorpus, the neighbour and selection queries every exporter shares, and
 * the safe (temporary file + rename) writer.
 */
#include "graph-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

static const char *const node_kind_names[] = { "article", "speaker", "assertion", "claim" };
static const char *const edge_kind_names[] = {
  "said_by", "carried_by", "written_by", "same_as", "supports", "contradicts", "quotes", "changes", "member_of",
};
G_STATIC_ASSERT (G_N_ELEMENTS (edge_kind_names) == CG_EDGE_N_KINDS);

const char *
cg_node_kind_name (CgNodeKind kind)
{
  return (guint) kind < G_N_ELEMENTS (node_kind_names) ? node_kind_names[kind] : "?";
}

const char *
cg_edge_kind_name (CgEdgeKind kind)
{
  return (guint) kind < CG_EDGE_N_KINDS ? edge_kind_names[kind] : "?";
}

gboolean
cg_edge_kind_from_name (const char *name, CgEdgeKind *out)
{
  for (guint i = 0; name && i < CG_EDGE_N_KINDS; i++)
    if (strcmp (edge_kind_names[i], name) == 0)
      {
        *out = (CgEdgeKind) i;
        return TRUE;
      }
  return FALSE;
}

gboolean
cg_export_format_from_name (const char *name, CgExportFormat *out)
{
  static const struct { const char *name; CgExportFormat format; } formats[] = {
    { "dot", CG_EXPORT_DOT }, { "gv", CG_EXPORT_DOT }, { "svg", CG_EXPORT_SVG },
    { "png", CG_EXPORT_PNG }, { "json", CG_EXPORT_JSON }, { "graphml", CG_EXPORT_GRAPHML },
  };
  for (guint i = 0; name && i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (formats[i].name, name) == 0)
      {
        *out = formats[i].format;
        return TRUE;
      }
  return FALSE;
}

/* ---- building ---------------------------------------------------------- */

/* Natural order of ids: digit runs compare as numbers, so "a2" < "a10". */
static int
natural_cmp (const char *a, const char *b)
{
  while (*a && *b)
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          while (*a == '0' && g_ascii_isdigit (a[1]))
            a++;
          while (*b == '0' && g_ascii_isdigit (b[1]))
            b++;
          gsize la = 0, lb = 0;
          while (g_ascii_isdigit (a[la]))
            la++;
          while (g_ascii_isdigit (b[lb]))
            lb++;
          if (la != lb)
            return la < lb ? -1 : 1;
          int c = strncmp (a, b, la);
          if (c)
            return c;
          a += la;
          b += lb;
          continue;
        }
      if (*a != *b)
        return (guchar) *a < (guchar) *b ? -1 : 1;
      a++;
      b++;
    }
  return (guchar) *a - (guchar) *b;
}

static GPtrArray *
records_of (CgCorpus *corpus, CgNodeKind kind)
{
  switch (kind)
    {
    case CG_NODE_ARTICLE: return corpus->articles;
    case CG_NODE_SPEAKER: return corpus->speakers;
    case CG_NODE_ASSERTION: return corpus->assertions;
    case CG_NODE_CLAIM: return corpus->claims;
    }
  g_return_val_if_reached (NULL);
}

static const char *
record_id (CgNodeKind kind, gpointer rec)
{
  switch (kind)
    {
    case CG_NODE_ARTICLE: return ((CgArticle *) rec)->id;
    case CG_NODE_SPEAKER: return ((CgSpeaker *) rec)->id;
    case CG_NODE_ASSERTION: return ((CgAssertion *) rec)->id;
    case CG_NODE_CLAIM: return ((CgClaim *) rec)->id;
    }
  return NULL;
}

gpointer
cg_graph_node_record (CgGraph *graph, guint node)
{
  g_return_val_if_fail (node < graph->n_nodes, NULL);
  CgNode *n = &graph->nodes[node];
  return g_ptr_array_index (records_of (graph->corpus, n->kind), n->rec);
}

const char *
cg_graph_node_id (CgGraph *graph, guint node)
{
  g_return_val_if_fail (node < graph->n_nodes, NULL);
  return record_id (graph->nodes[node].kind, cg_graph_node_record (graph, node));
}

typedef struct {
  const char *id;
  guint32     rec;
} SortKey;

static int
key_cmp (const void *pa, const void *pb)
{
  const SortKey *a = pa, *b = pb;
  int c = natural_cmp (a->id, b->id);
  if (c)
    return c;
  return a->rec < b->rec ? -1 : a->rec > b->rec;
}

static int
edge_cmp (const void *pa, const void *pb)
{
  const CgEdge *a = pa, *b = pb;
  if (a->from != b->from)
    return a->from < b->from ? -1 : 1;
  if (a->to != b->to)
    return a->to < b->to ? -1 : 1;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  return a->link < b->link ? -1 : a->link > b->link;
}

/* Sort EDGES by edge_cmp(): bucketed by tail in one counting pass (most
 * edges are made in tail order already), then each tail's few edges
 * sorted in place.  Equal edges are identical, so the result is the one
 * order edge_cmp() defines. */
static void
sort_edges (CgEdge *edges, guint n_edges, guint n_nodes)
{
  if (n_edges < 2)
    return;
  guint *start = g_new0 (guint, (gsize) n_nodes + 2);
  for (guint e = 0; e < n_edges; e++)
    start[edges[e].from + 1]++;
  for (guint n = 0; n <= n_nodes; n++)
    start[n + 1] += start[n];
  CgEdge *out = g_new (CgEdge, n_edges);
  for (guint e = 0; e < n_edges; e++)
    out[start[edges[e].from]++] = edges[e];
  /* start[n] is now where tail n's edges end. */
  guint from = 0;
  for (guint n = 0; n < n_nodes; n++)
    {
      guint to = start[n], len = to - from;
      if (len > 16)
        qsort (out + from, len, sizeof (CgEdge), edge_cmp);
      else
        for (guint i = from + 1; i < to; i++)
          {
            CgEdge x = out[i];
            guint j = i;
            for (; j > from && edge_cmp (&out[j - 1], &x) > 0; j--)
              out[j] = out[j - 1];
            out[j] = x;
          }
      from = to;
    }
  memcpy (edges, out, sizeof (CgEdge) * n_edges);
  g_free (out);
  g_free (start);
}

gint
cg_graph_lookup (CgGraph *graph, const char *id)
{
  if (id == NULL)
    return -1;
  gpointer v = g_hash_table_lookup (graph->ids, id);
  return v ? GPOINTER_TO_INT (v) - 1 : -1;
}

static gint
lookup_kind (CgGraph *graph, const char *id, CgNodeKind kind)
{
  gint n = cg_graph_lookup (graph, id);
  return (n >= 0 && graph->nodes[n].kind == kind) ? n : -1;
}

/* Names compare casefolded and NFKC-normalised, so "ИВАНОВ" finds "Иванов". */
static char *
name_key (const char *name)
{
  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return NULL;
  char *fold = g_utf8_casefold (name, -1);
  char *norm = g_utf8_normalize (fold, -1, G_NORMALIZE_ALL);
  g_free (fold);
  char *key = g_strdup (g_strstrip (norm));
  g_free (norm);
  return key;
}

/* The byline: an author-kind speaker whose name or alias is the article's
 * author (or, without a byline, its outlet, which then speaks for it). */
static void
add_bylines (CgGraph *graph, GArray *edges)
{
  GHashTable *authors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint n = 0; n < graph->n_nodes; n++)
    {
      if (graph->nodes[n].kind != CG_NODE_SPEAKER)
        continue;
      CgSpeaker *s = cg_graph_node_record (graph, n);
      if (s->kind != CG_SPEAKER_AUTHOR)
        continue;
      for (guint i = 0; i <= (s->aliases ? s->aliases->len : 0); i++)
        {
          const char *name = i == 0 ? s->name : g_ptr_array_index (s->aliases, i - 1);
          char *key = name_key (name);
          if (key && !g_hash_table_contains (authors, key))
            g_hash_table_insert (authors, key, GUINT_TO_POINTER (n + 1));
          else
            g_free (key);
        }
    }
  for (guint n = 0; n < graph->n_nodes && g_hash_table_size (authors) > 0; n++)
    {
      if (graph->nodes[n].kind != CG_NODE_ARTICLE)
        continue;
      CgArticle *a = cg_graph_node_record (graph, n);
      char *key = name_key (a->author ? a->author : a->outlet);
      guint s = key ? GPOINTER_TO_UINT (g_hash_table_lookup (authors, key)) : 0;
      g_free (key);
      if (s)
        {
          CgEdge e = { n, s - 1, CG_NO_LINK, CG_EDGE_WRITTEN_BY };
          g_array_append_val (edges, e);
        }
    }
  g_hash_table_unref (authors);
}

static CgEdgeKind
edge_kind_of_relation (CgRelation r)
{
  switch (r)
    {
    case CG_RELATION_SAME_AS: return CG_EDGE_SAME_AS;
    case CG_RELATION_SUPPORTS: return CG_EDGE_SUPPORTS;
    case CG_RELATION_CONTRADICTS: return CG_EDGE_CONTRADICTS;
    case CG_RELATION_QUOTES: return CG_EDGE_QUOTES;
    case CG_RELATION_CHANGES: return CG_EDGE_CHANGES;
    }
  return CG_EDGE_N_KINDS;
}

CgGraph *
cg_graph_new (CgCorpus *corpus)
{
  g_return_val_if_fail (corpus != NULL, NULL);
  CgGraph *graph = g_new0 (CgGraph, 1);
  graph->corpus = corpus;
  graph->ids = g_hash_table_new (g_str_hash, g_str_equal);

  /* Nodes: each kind sorted by id; a record without an id cannot be
   * referenced, and a repeated id keeps its first record. */
  GArray *nodes = g_array_new (FALSE, FALSE, sizeof (CgNode));
  for (CgNodeKind k = CG_NODE_ARTICLE; k <= CG_NODE_CLAIM; k++)
    {
      GPtrArray *recs = records_of (corpus, k);
      SortKey *keys = g_new (SortKey, recs->len + 1);
      guint n_keys = 0;
      for (guint i = 0; i < recs->len; i++)
        {
          const char *id = record_id (k, g_ptr_array_index (recs, i));
          if (id)
            keys[n_keys++] = (SortKey) { id, i };
        }
      /* Ids are usually made in order (d1, d2, ...): one pass says so. */
      gboolean sorted = TRUE;
      for (guint i = 1; i < n_keys && sorted; i++)
        sorted = key_cmp (&keys[i - 1], &keys[i]) < 0;
      if (!sorted)
        qsort (keys, n_keys, sizeof (SortKey), key_cmp);
      for (guint i = 0; i < n_keys; i++)
        {
          if (g_hash_table_contains (graph->ids, keys[i].id))
            continue;
          CgNode n = { keys[i].rec, k };
          g_hash_table_insert (graph->ids, (gpointer) keys[i].id, GUINT_TO_POINTER (nodes->len + 1));
          g_array_append_val (nodes, n);
        }
      g_free (keys);
    }
  graph->n_nodes = nodes->len;
  graph->nodes = (CgNode *) g_array_free (nodes, FALSE);

  GArray *edges = g_array_new (FALSE, FALSE, sizeof (CgEdge));
  for (guint n = 0; n < graph->n_nodes; n++)
    {
      if (graph->nodes[n].kind == CG_NODE_ASSERTION)
        {
          CgAssertion *a = cg_graph_node_record (graph, n);
          gint s = lookup_kind (graph, a->speaker_id, CG_NODE_SPEAKER);
          gint d = lookup_kind (graph, a->article_id, CG_NODE_ARTICLE);
          if (s >= 0)
            g_array_append_val (edges, ((CgEdge) { n, (guint32) s, CG_NO_LINK, CG_EDGE_SAID_BY }));
          if (d >= 0)
            g_array_append_val (edges, ((CgEdge) { n, (guint32) d, CG_NO_LINK, CG_EDGE_CARRIED_BY }));
        }
      else if (graph->nodes[n].kind == CG_NODE_CLAIM)
        {
          CgClaim *c = cg_graph_node_record (graph, n);
          for (guint i = 0; c->assertions && i < c->assertions->len; i++)
            {
              gint a = lookup_kind (graph, g_ptr_array_index (c->assertions, i), CG_NODE_ASSERTION);
              if (a >= 0)
                g_array_append_val (edges, ((CgEdge) { (guint32) a, n, CG_NO_LINK, CG_EDGE_MEMBER_OF }));
            }
        }
    }
  add_bylines (graph, edges);
  for (guint i = 0; i < corpus->links->len; i++)
    {
      CgLink *l = g_ptr_array_index (corpus->links, i);
      gint from = lookup_kind (graph, l->from, CG_NODE_ASSERTION);
      gint to = lookup_kind (graph, l->to, CG_NODE_ASSERTION);
      CgEdgeKind kind = edge_kind_of_relation (l->relation);
      if (from < 0 || to < 0 || from == to || kind == CG_EDGE_N_KINDS)
        continue;
      /* Symmetric relations have one canonical direction, so a->b and b->a
       * are the same edge. */
      if ((kind == CG_EDGE_SAME_AS || kind == CG_EDGE_CONTRADICTS) && from > to)
        {
          gint t = from;
          from = to;
          to = t;
        }
      g_array_append_val (edges, ((CgEdge) { (guint32) from, (guint32) to, i, kind }));
    }

  /* Sort and drop parallel duplicates, keeping the best-scored link. */
  sort_edges ((CgEdge *) (void *) edges->data, edges->len, graph->n_nodes);
  guint keep = 0;
  for (guint i = 0; i < edges->len; i++)
    {
      CgEdge e = g_array_index (edges, CgEdge, i);
      if (keep > 0)
        {
          CgEdge *prev = &g_array_index (edges, CgEdge, keep - 1);
          if (prev->from == e.from && prev->to == e.to && prev->kind == e.kind)
            {
              if (e.link != CG_NO_LINK && prev->link != CG_NO_LINK
                  && ((CgLink *) g_ptr_array_index (corpus->links, e.link))->score
                     > ((CgLink *) g_ptr_array_index (corpus->links, prev->link))->score)
                prev->link = e.link;
              continue;
            }
        }
      g_array_index (edges, CgEdge, keep++) = e;
    }
  g_array_set_size (edges, keep);
  graph->n_edges = edges->len;
  graph->edges = (CgEdge *) g_array_free (edges, FALSE);

  /* CSR adjacency: every edge is listed at both of its ends. */
  graph->adj_start = g_new0 (guint32, graph->n_nodes + 1);
  for (guint e = 0; e < graph->n_edges; e++)
    {
      graph->adj_start[graph->edges[e].from + 1]++;
      graph->adj_start[graph->edges[e].to + 1]++;
    }
  for (guint n = 0; n < graph->n_nodes; n++)
    graph->adj_start[n + 1] += graph->adj_start[n];
  graph->adj = g_new (guint32, (gsize) graph->n_edges * 2 + 1);
  guint32 *fill = g_memdup2 (graph->adj_start, sizeof (guint32) * (graph->n_nodes + 1));
  for (guint e = 0; e < graph->n_edges; e++)
    {
      graph->adj[fill[graph->edges[e].from]++] = e;
      graph->adj[fill[graph->edges[e].to]++] = e;
    }
  g_free (fill);
  return graph;
}

void
cg_graph_free (CgGraph *graph)
{
  if (graph == NULL)
    return;
  g_free (graph->nodes);
  g_free (graph->edges);
  g_free (graph->adj_start);
  g_free (graph->adj);
  g_hash_table_unref (graph->ids);
  g_free (graph);
}

/* ---- queries ------------------------------------------------------------ */

guint
cg_graph_n_nodes (CgGraph *graph)
{
  return graph->n_nodes;
}

guint
cg_graph_n_edges (CgGraph *graph)
{
  return graph->n_edges;
}

CgCorpus *
cg_graph_corpus (CgGraph *graph)
{
  return graph->corpus;
}

CgNodeKind
cg_graph_node_kind (CgGraph *graph, guint node)
{
  g_return_val_if_fail (node < graph->n_nodes, CG_NODE_ARTICLE);
  return graph->nodes[node].kind;
}

void
cg_graph_edge (CgGraph *graph, guint edge, guint *from, guint *to, CgEdgeKind *kind, CgLink **link)
{
  g_return_if_fail (edge < graph->n_edges);
  const CgEdge *e = &graph->edges[edge];
  if (from)
    *from = e->from;
  if (to)
    *to = e->to;
  if (kind)
    *kind = e->kind;
  if (link)
    *link = e->link == CG_NO_LINK ? NULL : g_ptr_array_index (graph->corpus->links, e->link);
}

GArray *
cg_graph_neighbours (CgGraph *graph, guint node, guint kinds, CgDirection dir)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
  g_return_val_if_fail (node < graph->n_nodes, out);
  GHashTable *seen = g_hash_table_new (NULL, NULL);
  for (guint32 i = graph->adj_start[node]; i < graph->adj_start[node + 1]; i++)
    {
      const CgEdge *e = &graph->edges[graph->adj[i]];
      if (!(kinds & CG_EDGE_MASK (e->kind)))
        continue;
      guint other;
      if (e->from == node && (dir & CG_DIR_OUT))
        other = e->to;
      else if (e->to == node && (dir & CG_DIR_IN))
        other = e->from;
      else
        continue;
      if (g_hash_table_add (seen, GUINT_TO_POINTER (other + 1)))
        g_array_append_val (out, other);
    }
  g_hash_table_unref (seen);
  return out;
}

gint
cg_graph_assertion_article (CgGraph *graph, guint node)
{
  for (guint32 i = graph->adj_start[node]; i < graph->adj_start[node + 1]; i++)
    {
      const CgEdge *e = &graph->edges[graph->adj[i]];
      if (e->kind == CG_EDGE_CARRIED_BY && e->from == node)
        return (gint) e->to;
    }
  return -1;
}

/* ---- selection ------------------------------------------------------------ */

void
cg_subgraph_free (CgSubgraph *sub)
{
  if (sub == NULL)
    return;
  g_free (sub->node_on);
  g_free (sub->edge_on);
  g_free (sub->focus);
  g_free (sub->article);
  g_free (sub->speaker);
  g_free (sub->relations);
  g_free (sub->verdict);
  g_free (sub);
}

guint
cg_subgraph_n_nodes (const CgSubgraph *sub)
{
  return sub->n_nodes;
}

guint
cg_subgraph_n_edges (const CgSubgraph *sub)
{
  return sub->n_edges;
}

gboolean
cg_subgraph_has_node (const CgSubgraph *sub, guint node)
{
  return sub->node_on[node];
}

gboolean
cg_subgraph_has_edge (const CgSubgraph *sub, guint edge)
{
  return sub->edge_on[edge];
}

static gboolean
parse_relations (const char *spec, guint *mask, GError **error)
{
  *mask = CG_EDGE_MASK_ALL;
  if (spec == NULL || *spec == '\0')
    return TRUE;
  *mask = 0;
  char **names = g_strsplit (spec, ",", -1);
  for (guint i = 0; names[i]; i++)
    {
      char *name = g_strstrip (names[i]);
      CgEdgeKind k;
      if (*name == '\0')
        continue;
      if (!cg_edge_kind_from_name (name, &k))
        {
          char *all = g_strjoinv (", ", (char **) edge_kind_names);
          g_set_error (error, CG_ERROR, CG_ERROR_USAGE,
                       "unknown relation \"%s\" (known: %s)", name, all);
          g_free (all);
          g_strfreev (names);
          return FALSE;
        }
      *mask |= CG_EDGE_MASK (k);
    }
  g_strfreev (names);
  return TRUE;
}

/* The speakers a --speaker value names: an id, or every speaker whose
 * canonical name or alias equals it (casefolded). */
static guint8 *
match_speakers (CgGraph *graph, const char *want)
{
  guint8 *hit = NULL;
  gint byid = lookup_kind (graph, want, CG_NODE_SPEAKER);
  if (byid >= 0)
    {
      hit = g_new0 (guint8, graph->n_nodes);
      hit[byid] = 1;
      return hit;
    }
  char *key = name_key (want);
  for (guint n = 0; key && n < graph->n_nodes; n++)
    {
      if (graph->nodes[n].kind != CG_NODE_SPEAKER)
        continue;
      CgSpeaker *s = cg_graph_node_record (graph, n);
      for (guint i = 0; i <= (s->aliases ? s->aliases->len : 0); i++)
        {
          char *k = name_key (i == 0 ? s->name : g_ptr_array_index (s->aliases, i - 1));
          gboolean eq = k && strcmp (k, key) == 0;
          g_free (k);
          if (eq)
            {
              if (hit == NULL)
                hit = g_new0 (guint8, graph->n_nodes);
              hit[n] = 1;
              break;
            }
        }
    }
  g_free (key);
  return hit;
}

static gint
match_article (CgGraph *graph, const char *want)
{
  gint byid = lookup_kind (graph, want, CG_NODE_ARTICLE);
  if (byid >= 0)
    return byid;
  for (guint n = 0; n < graph->n_nodes; n++)
    {
      if (graph->nodes[n].kind != CG_NODE_ARTICLE)
        continue;
      CgArticle *a = cg_graph_node_record (graph, n);
      if (a->path && (strcmp (a->path, want) == 0))
        return (gint) n;
    }
  /* The same file named another way ("./x.txt", an absolute path). */
  GStatBuf want_st;
  if (g_stat (want, &want_st) != 0)
    return -1;
  for (guint n = 0; n < graph->n_nodes; n++)
    {
      GStatBuf st;
      if (graph->nodes[n].kind != CG_NODE_ARTICLE)
        continue;
      CgArticle *a = cg_graph_node_record (graph, n);
      if (a->path && g_stat (a->path, &st) == 0 && st.st_dev == want_st.st_dev
          && st.st_ino == want_st.st_ino)
        return (gint) n;
    }
  return -1;
}

static gboolean
claim_passes (CgGraph *graph, guint node, gboolean use_verdict, CgVerdict verdict)
{
  return !use_verdict || ((CgClaim *) cg_graph_node_record (graph, node))->verdict == verdict;
}

CgSubgraph *
cg_graph_select (CgGraph *graph, const CgGraphFilter *filter, GError **error)
{
  static const CgGraphFilter none = { NULL, 2, NULL, NULL, NULL, NULL };
  if (filter == NULL)
    filter = &none;
  guint mask;
  if (!parse_relations (filter->relations, &mask, error))
    return NULL;
  CgVerdict verdict = CG_VERDICT_CORROBORATED;
  gboolean use_verdict = filter->verdict && *filter->verdict;
  if (use_verdict && !cg_verdict_from_name (filter->verdict, &verdict))
    {
      g_set_error (error, CG_ERROR, CG_ERROR_USAGE,
                   "unknown verdict \"%s\" (known: corroborated, single-source, contested, contradicted)",
                   filter->verdict);
      return NULL;
    }
  gint article = -1;
  if (filter->article && *filter->article
      && (article = match_article (graph, filter->article)) < 0)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_NOT_FOUND, "no article \"%s\" (give its id or path)",
                   filter->article);
      return NULL;
    }
  guint8 *speakers = NULL;
  if (filter->speaker && *filter->speaker
      && (speakers = match_speakers (graph, filter->speaker)) == NULL)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_NOT_FOUND, "no speaker \"%s\" (give its id, name or alias)",
                   filter->speaker);
      return NULL;
    }
  gint focus = -1;
  if (filter->focus && *filter->focus && (focus = cg_graph_lookup (graph, filter->focus)) < 0)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_NOT_FOUND, "no node \"%s\" to focus on", filter->focus);
      g_free (speakers);
      return NULL;
    }

  CgSubgraph *sub = g_new0 (CgSubgraph, 1);
  sub->node_on = g_new0 (guint8, graph->n_nodes + 1);
  sub->edge_on = g_new0 (guint8, graph->n_edges + 1);
  sub->focus = g_strdup (filter->focus);
  sub->depth = filter->depth;
  sub->article = g_strdup (filter->article);
  sub->speaker = g_strdup (filter->speaker);
  sub->relations = g_strdup (filter->relations);
  sub->verdict = g_strdup (filter->verdict);
  guint8 *on = sub->node_on;

  if (article < 0 && speakers == NULL && !use_verdict)
    memset (on, 1, graph->n_nodes);
  else
    {
      /* Assertions pass on their own fields; every other node is kept when
       * it is what was asked for or touches a kept assertion. */
      for (guint n = 0; n < graph->n_nodes; n++)
        {
          if (graph->nodes[n].kind != CG_NODE_ASSERTION)
            continue;
          gboolean ok_article = article < 0, ok_speaker = speakers == NULL, ok_verdict = !use_verdict;
          for (guint32 i = graph->adj_start[n]; i < graph->adj_start[n + 1]; i++)
            {
              const CgEdge *e = &graph->edges[graph->adj[i]];
              if (e->from != n)
                continue;
              if (e->kind == CG_EDGE_CARRIED_BY && (gint) e->to == article)
                ok_article = TRUE;
              else if (e->kind == CG_EDGE_SAID_BY && speakers && speakers[e->to])
                ok_speaker = TRUE;
              else if (e->kind == CG_EDGE_MEMBER_OF && claim_passes (graph, e->to, use_verdict, verdict))
                ok_verdict = TRUE;
            }
          on[n] = ok_article && ok_speaker && ok_verdict;
        }
      for (guint n = 0; n < graph->n_nodes; n++)
        {
          if (!on[n] || graph->nodes[n].kind != CG_NODE_ASSERTION)
            continue;
          for (guint32 i = graph->adj_start[n]; i < graph->adj_start[n + 1]; i++)
            {
              const CgEdge *e = &graph->edges[graph->adj[i]];
              guint other = e->from == n ? e->to : e->from;
              CgNodeKind ok = graph->nodes[other].kind;
              if (!(mask & CG_EDGE_MASK (e->kind)) || ok == CG_NODE_ASSERTION)
                continue;
              if (ok == CG_NODE_CLAIM && !claim_passes (graph, other, use_verdict, verdict))
                continue;
              on[other] = 1;
            }
        }
      if (article >= 0)
        on[article] = 1;
      for (guint n = 0; speakers && n < graph->n_nodes; n++)
        if (speakers[n])
          on[n] = 1;
      for (guint n = 0; use_verdict && n < graph->n_nodes; n++)
        if (graph->nodes[n].kind == CG_NODE_CLAIM && claim_passes (graph, n, TRUE, verdict))
          on[n] = 1;
      /* A kept article brings its byline. */
      for (guint e = 0; e < graph->n_edges; e++)
        if (graph->edges[e].kind == CG_EDGE_WRITTEN_BY && on[graph->edges[e].from]
            && (mask & CG_EDGE_MASK (CG_EDGE_WRITTEN_BY)))
          on[graph->edges[e].to] = 1;
    }
  g_free (speakers);

  for (guint e = 0; e < graph->n_edges; e++)
    {
      const CgEdge *edge = &graph->edges[e];
      sub->edge_on[e] = (mask & CG_EDGE_MASK (edge->kind)) && on[edge->from] && on[edge->to];
    }
  /* Asking for some relations asks for the nodes they join. */
  if (mask != CG_EDGE_MASK_ALL)
    {
      guint8 *touched = g_new0 (guint8, graph->n_nodes + 1);
      for (guint e = 0; e < graph->n_edges; e++)
        if (sub->edge_on[e])
          touched[graph->edges[e].from] = touched[graph->edges[e].to] = 1;
      for (guint n = 0; n < graph->n_nodes; n++)
        on[n] = on[n] && (touched[n] || (gint) n == focus);
      g_free (touched);
    }

  if (focus >= 0)
    {
      if (!on[focus])
        {
          g_set_error (error, CG_ERROR, CG_ERROR_USAGE, "the focus node \"%s\" is excluded by the other filters",
                       filter->focus);
          cg_subgraph_free (sub);
          return NULL;
        }
      /* Breadth-first over kept edges, both directions, DEPTH steps. */
      guint *dist = g_new (guint, graph->n_nodes);
      for (guint n = 0; n < graph->n_nodes; n++)
        dist[n] = G_MAXUINT;
      guint *queue = g_new (guint, graph->n_nodes);
      guint head = 0, tail = 0;
      dist[focus] = 0;
      queue[tail++] = (guint) focus;
      while (head < tail)
        {
          guint n = queue[head++];
          if (dist[n] >= filter->depth)
            continue;
          for (guint32 i = graph->adj_start[n]; i < graph->adj_start[n + 1]; i++)
            {
              guint e = graph->adj[i];
              if (!sub->edge_on[e])
                continue;
              guint other = graph->edges[e].from == n ? graph->edges[e].to : graph->edges[e].from;
              if (dist[other] == G_MAXUINT)
                {
                  dist[other] = dist[n] + 1;
                  queue[tail++] = other;
                }
            }
        }
      for (guint n = 0; n < graph->n_nodes; n++)
        on[n] = dist[n] != G_MAXUINT;
      for (guint e = 0; e < graph->n_edges; e++)
        sub->edge_on[e] = sub->edge_on[e] && on[graph->edges[e].from] && on[graph->edges[e].to];
      g_free (dist);
      g_free (queue);
    }

  for (guint n = 0; n < graph->n_nodes; n++)
    sub->n_nodes += on[n];
  for (guint e = 0; e < graph->n_edges; e++)
    sub->n_edges += sub->edge_on[e];
  return sub;
}

/* ---- output ------------------------------------------------------------- */

gboolean
cg_subgraph_export (CgGraph *graph, const CgSubgraph *sub, CgExportFormat format,
                    const char *out_path, GError **error)
{
  switch (format)
    {
    case CG_EXPORT_DOT: return cg_export_dot (graph, sub, out_path, error);
    case CG_EXPORT_JSON: return cg_export_json (graph, sub, out_path, error);
    case CG_EXPORT_GRAPHML: return cg_export_graphml (graph, sub, out_path, error);
    case CG_EXPORT_SVG:
    case CG_EXPORT_PNG: return cg_export_render (graph, sub, format, out_path, error);
    }
  g_set_error (error, CG_ERROR, CG_ERROR_USAGE, "unknown export format %d", (int) format);
  return FALSE;
}

gboolean
cg_graph_export (CgGraph *graph, CgExportFormat format, const CgGraphFilter *filter,
                 const char *out_path, GError **error)
{
  CgSubgraph *sub = cg_graph_select (graph, filter, error);
  if (sub == NULL)
    return FALSE;
  gboolean ok = cg_subgraph_export (graph, sub, format, out_path, error);
  cg_subgraph_free (sub);
  return ok;
}

gboolean
cg_graph_write_output (const char *out_path, CgWriteFunc write, gpointer data, GError **error)
{
  if (out_path == NULL || strcmp (out_path, "-") == 0)
    {
      if (!write (stdout, data, error))
        return FALSE;
      if (fflush (stdout) != 0 || ferror (stdout))
        {
          g_set_error (error, CG_ERROR, CG_ERROR_IO, "standard output: write failed: %s", g_strerror (errno));
          return FALSE;
        }
      return TRUE;
    }
  char *tmp = g_strdup_printf ("%s.XXXXXX", out_path);
  int fd = g_mkstemp_full (tmp, O_WRONLY, 0644);
  if (fd < 0)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: cannot create: %s", out_path, g_strerror (errno));
      g_free (tmp);
      return FALSE;
    }
  /* g_mkstemp_full's mode is not filtered by the umask, so apply it. */
  mode_t mask = umask (0);
  umask (mask);
  if (fchmod (fd, 0666 & ~mask) != 0)
    { /* keep 0644: a failed chmod does not spoil the content */ }
  FILE *f = fdopen (fd, "wb");
  gboolean ok = f != NULL;
  if (!ok)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: cannot open: %s", tmp, g_strerror (errno));
      close (fd);
    }
  else
    {
      ok = write (f, data, error);
      if (ok && (fflush (f) != 0 || ferror (f)))
        {
          g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: write failed: %s", out_path, g_strerror (errno));
          ok = FALSE;
        }
      if (fclose (f) != 0 && ok)
        {
          g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: write failed: %s", out_path, g_strerror (errno));
          ok = FALSE;
        }
    }
  if (ok && g_rename (tmp, out_path) != 0)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: cannot rename %s over it: %s", out_path, tmp,
                   g_strerror (errno));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp);
  g_free (tmp);
  return ok;
}

void
cg_xml_escape_append (GString *out, const char *text)
{
  const char *p = text ? text : "";
  const char *end = p + strlen (p);
  const char *run = p;   /* plain ASCII, copied whole */
  while (p < end)
    {
      guchar b = (guchar) *p;
      if (b >= 0x20 && b < 0x7f && b != '&' && b != '<' && b != '>' && b != '"' && b != '\'')
        {
          p++;
          continue;
        }
      g_string_append_len (out, run, p - run);
      gunichar c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append (out, "\xEF\xBF\xBD");
          run = ++p;
          continue;
        }
      const char *next = g_utf8_next_char (p);
      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&apos;"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        default:
          /* XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
           * [#x10000-#x10FFFF]; DEL and the C1 controls are allowed but
           * discouraged, and are no more text than the C0 ones. */
          if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)
              || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF)
            g_string_append (out, "\xEF\xBF\xBD");
          else
            g_string_append_len (out, p, next - p);
        }
      run = p = next;
    }
  g_string_append_len (out, run, p - run);
}
