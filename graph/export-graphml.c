/* export-graphml.c: the selection as GraphML, for Gephi, yEd and networkx.
 *
 * Every attribute is declared as a <key> before the graph, with the same
 * names as the JSON export; lists (aliases, roles, claim members) are
 * joined with " | " since GraphML has no list type.  Text is XML-escaped
 * and characters XML 1.0 forbids are replaced by U+FFFD.
 */
#include "graph-private.h"

typedef enum { T_STRING, T_LONG, T_INT, T_DOUBLE } KeyType;

static const char *const type_names[] = { "string", "long", "int", "double" };

typedef struct {
  const char *name;
  KeyType     type;
} Key;

static const Key node_keys[] = {
  { "label", T_STRING }, { "kind", T_STRING },
  { "path", T_STRING }, { "title", T_STRING }, { "author", T_STRING }, { "outlet", T_STRING },
  { "date", T_STRING }, { "sha256", T_STRING },
  { "name", T_STRING }, { "speaker_kind", T_STRING }, { "aliases", T_STRING }, { "roles", T_STRING },
  { "article", T_STRING }, { "assertion_kind", T_STRING }, { "text", T_STRING },
  { "start", T_LONG }, { "end", T_LONG }, { "speaker", T_STRING },
  { "source", T_STRING }, { "source_start", T_LONG }, { "source_end", T_LONG },
  { "cue", T_STRING }, { "cue_start", T_LONG }, { "cue_end", T_LONG },
  { "certainty", T_STRING }, { "polarity", T_STRING }, { "stance", T_STRING },
  { "rule", T_STRING }, { "sentence", T_INT },
  { "verdict", T_STRING }, { "assertions", T_STRING }, { "supporters", T_STRING },
  { "contradictors", T_STRING }, { "first", T_STRING }, { "first_date", T_STRING },
};

static const Key edge_keys[] = {
  { "kind", T_STRING }, { "score", T_DOUBLE }, { "rule", T_STRING }, { "evidence", T_STRING },
};

static void
data (GString *out, char prefix, const char *key, const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (out, "      <data key=\"%c_%s\">", prefix, key);
  cg_xml_escape_append (out, value);
  g_string_append (out, "</data>\n");
}

static void
data_long (GString *out, const char *key, gint64 value)
{
  g_string_append_printf (out, "      <data key=\"n_%s\">%" G_GINT64_FORMAT "</data>\n", key, value);
}

static void
data_span (GString *out, const char *start, const char *end, CgSpan span)
{
  if (!cg_span_is_set (span))
    return;
  data_long (out, start, span.start);
  data_long (out, end, span.end);
}

static void
data_list (GString *out, const char *key, GPtrArray *values)
{
  if (values == NULL || values->len == 0)
    return;
  GString *joined = g_string_new (NULL);
  for (guint i = 0; i < values->len; i++)
    g_string_append_printf (joined, "%s%s", i ? " | " : "", (char *) g_ptr_array_index (values, i));
  data (out, 'n', key, joined->str);
  g_string_free (joined, TRUE);
}

static void
write_node (GString *out, CgGraph *graph, guint n)
{
  gpointer rec = cg_graph_node_record (graph, n);
  CgNodeKind kind = cg_graph_node_kind (graph, n);
  g_string_append (out, "    <node id=\"");
  cg_xml_escape_append (out, cg_graph_node_id (graph, n));
  g_string_append (out, "\">\n");
  data (out, 'n', "label", cg_graph_node_label (graph, n));
  data (out, 'n', "kind", cg_node_kind_name (kind));
  switch (kind)
    {
    case CG_NODE_ARTICLE:
      {
        CgArticle *a = rec;
        data (out, 'n', "path", a->path);
        data (out, 'n', "title", a->title);
        data (out, 'n', "author", a->author);
        data (out, 'n', "outlet", a->outlet);
        data (out, 'n', "date", a->date);
        data (out, 'n', "sha256", a->sha256);
        break;
      }
    case CG_NODE_SPEAKER:
      {
        CgSpeaker *s = rec;
        data (out, 'n', "name", s->name);
        data (out, 'n', "speaker_kind", cg_speaker_kind_name (s->kind));
        data_list (out, "aliases", s->aliases);
        data_list (out, "roles", s->roles);
        break;
      }
    case CG_NODE_ASSERTION:
      {
        CgAssertion *a = rec;
        data (out, 'n', "article", a->article_id);
        data (out, 'n', "assertion_kind", cg_kind_name (a->kind));
        data (out, 'n', "text", a->text);
        data_span (out, "start", "end", a->span);
        data (out, 'n', "speaker", a->speaker_id);
        data (out, 'n', "source", a->source_text);
        data_span (out, "source_start", "source_end", a->source);
        data (out, 'n', "cue", a->cue_text);
        data_span (out, "cue_start", "cue_end", a->cue);
        data (out, 'n', "certainty", cg_certainty_name (a->certainty));
        data (out, 'n', "polarity", cg_polarity_name (a->polarity));
        data (out, 'n', "stance", cg_stance_name (a->stance));
        data (out, 'n', "rule", a->rule);
        data_long (out, "sentence", a->sentence);
        break;
      }
    case CG_NODE_CLAIM:
      {
        CgClaim *c = rec;
        data (out, 'n', "verdict", cg_verdict_name (c->verdict));
        data_list (out, "assertions", c->assertions);
        data_list (out, "supporters", c->supporters);
        data_list (out, "contradictors", c->contradictors);
        CgCorpus *corpus = cg_graph_corpus (graph);
        CgAssertion *first = cg_corpus_claim_first (corpus, c);
        if (first)
          {
            data (out, 'n', "first", first->id);
            data (out, 'n', "first_date", cg_corpus_article (corpus, first->article_id)->date);
          }
        break;
      }
    }
  g_string_append (out, "    </node>\n");
}

static void
write_edge (GString *out, CgGraph *graph, guint e)
{
  guint from, to;
  CgEdgeKind kind;
  CgLink *link;
  cg_graph_edge (graph, e, &from, &to, &kind, &link);
  g_string_append_printf (out, "    <edge id=\"e%u\" source=\"", e);
  cg_xml_escape_append (out, cg_graph_node_id (graph, from));
  g_string_append (out, "\" target=\"");
  cg_xml_escape_append (out, cg_graph_node_id (graph, to));
  g_string_append (out, "\">\n");
  data (out, 'e', "kind", cg_edge_kind_name (kind));
  if (link)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      data (out, 'e', "score", g_ascii_dtostr (buf, sizeof buf, link->score));
      data (out, 'e', "rule", link->rule);
      data (out, 'e', "evidence", link->evidence);
    }
  g_string_append (out, "    </edge>\n");
}

/* The document is streamed: each node or edge is formatted into one small
 * buffer that is written out once it passes FLUSH_AT bytes, so a whole
 * corpus (1.7 GB of GraphML) never sits in memory. */
#define FLUSH_AT 65536

typedef struct {
  CgGraph          *graph;
  const CgSubgraph *sub;
} GraphmlJob;

static gboolean
flush (FILE *f, GString *out, gboolean force, GError **error)
{
  if (out->len < FLUSH_AT && !force)
    return TRUE;
  if (fwrite (out->str, 1, out->len, f) != out->len)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "cannot write the GraphML graph");
      return FALSE;
    }
  g_string_truncate (out, 0);
  return TRUE;
}

static gboolean
write_graphml (FILE *f, gpointer data, GError **error)
{
  GraphmlJob *job = data;
  CgGraph *graph = job->graph;
  GString *out = g_string_sized_new (2 * FLUSH_AT);
  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                        "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                        "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  for (guint i = 0; i < G_N_ELEMENTS (node_keys); i++)
    g_string_append_printf (out, "  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                            node_keys[i].name, node_keys[i].name, type_names[node_keys[i].type]);
  for (guint i = 0; i < G_N_ELEMENTS (edge_keys); i++)
    g_string_append_printf (out, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                            edge_keys[i].name, edge_keys[i].name, type_names[edge_keys[i].type]);
  g_string_append (out, "  <graph id=\"claimgraph\" edgedefault=\"directed\">\n");
  gboolean ok = TRUE;
  for (guint n = 0; n < cg_graph_n_nodes (graph) && ok; n++)
    if (job->sub->node_on[n])
      {
        write_node (out, graph, n);
        ok = flush (f, out, FALSE, error);
      }
  for (guint e = 0; e < cg_graph_n_edges (graph) && ok; e++)
    if (job->sub->edge_on[e])
      {
        write_edge (out, graph, e);
        ok = flush (f, out, FALSE, error);
      }
  if (ok)
    {
      g_string_append (out, "  </graph>\n</graphml>\n");
      ok = flush (f, out, TRUE, error);
    }
  g_string_free (out, TRUE);
  return ok;
}

gboolean
cg_export_graphml (CgGraph *graph, const CgSubgraph *sub, const char *out_path, GError **error)
{
  GraphmlJob job = { graph, sub };
  return cg_graph_write_output (out_path, write_graphml, &job, error);
}
