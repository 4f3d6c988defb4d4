/* export-json.c: the selection as a node-link JSON document.
 *
 * The layout is networkx's node_link_data, which d3-force reads as is
 * (forceLink().id(d => d.id)) and Cytoscape.js reads with one map
 * (nodes -> {data: n}, links -> {data: l}; every link has an id).  Built
 * with JsonBuilder so every string, control characters included, is
 * escaped by json-glib.
 */
#include "graph-private.h"

#include <json-glib/json-glib.h>
#include <string.h>

static void
member_string (JsonBuilder *b, const char *name, const char *value)
{
  json_builder_set_member_name (b, name);
  if (value)
    {
      if (g_utf8_validate (value, -1, NULL))
        json_builder_add_string_value (b, value);
      else
        {
          char *valid = g_utf8_make_valid (value, -1);
          json_builder_add_string_value (b, valid);
          g_free (valid);
        }
    }
  else
    json_builder_add_null_value (b);
}

static void
member_int (JsonBuilder *b, const char *name, gint64 value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

static void
member_span (JsonBuilder *b, const char *start, const char *end, CgSpan span)
{
  json_builder_set_member_name (b, start);
  if (cg_span_is_set (span))
    json_builder_add_int_value (b, span.start);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, end);
  if (cg_span_is_set (span))
    json_builder_add_int_value (b, span.end);
  else
    json_builder_add_null_value (b);
}

static void
member_strings (JsonBuilder *b, const char *name, GPtrArray *values)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; values && i < values->len; i++)
    {
      const char *value = g_ptr_array_index (values, i);
      if (g_utf8_validate (value, -1, NULL))
        json_builder_add_string_value (b, value);
      else
        {
          char *valid = g_utf8_make_valid (value, -1);
          json_builder_add_string_value (b, valid);
          g_free (valid);
        }
    }
  json_builder_end_array (b);
}

const char *
cg_graph_node_label (CgGraph *graph, guint n)
{
  gpointer rec = cg_graph_node_record (graph, n);
  switch (cg_graph_node_kind (graph, n))
    {
    case CG_NODE_ARTICLE:
      {
        CgArticle *a = rec;
        return a->title ? a->title : a->path ? a->path : a->id;
      }
    case CG_NODE_SPEAKER:
      {
        CgSpeaker *s = rec;
        return s->name ? s->name : s->id;
      }
    case CG_NODE_ASSERTION:
      return ((CgAssertion *) rec)->text;
    case CG_NODE_CLAIM:
      return cg_verdict_name (((CgClaim *) rec)->verdict);
    }
  return NULL;
}

static void
add_node (JsonBuilder *b, CgGraph *graph, guint n)
{
  gpointer rec = cg_graph_node_record (graph, n);
  CgNodeKind kind = cg_graph_node_kind (graph, n);
  json_builder_begin_object (b);
  member_string (b, "id", cg_graph_node_id (graph, n));
  member_string (b, "kind", cg_node_kind_name (kind));
  member_string (b, "label", cg_graph_node_label (graph, n));
  switch (kind)
    {
    case CG_NODE_ARTICLE:
      {
        CgArticle *a = rec;
        member_string (b, "path", a->path);
        member_string (b, "title", a->title);
        member_string (b, "author", a->author);
        member_string (b, "outlet", a->outlet);
        member_string (b, "date", a->date);
        member_string (b, "sha256", a->sha256);
        break;
      }
    case CG_NODE_SPEAKER:
      {
        CgSpeaker *s = rec;
        member_string (b, "name", s->name);
        member_string (b, "speaker_kind", cg_speaker_kind_name (s->kind));
        member_strings (b, "aliases", s->aliases);
        member_strings (b, "roles", s->roles);
        break;
      }
    case CG_NODE_ASSERTION:
      {
        CgAssertion *a = rec;
        member_string (b, "article", a->article_id);
        member_string (b, "assertion_kind", cg_kind_name (a->kind));
        member_string (b, "text", a->text);
        member_span (b, "start", "end", a->span);
        member_string (b, "speaker", a->speaker_id);
        member_string (b, "source", a->source_text);
        member_span (b, "source_start", "source_end", a->source);
        member_string (b, "cue", a->cue_text);
        member_span (b, "cue_start", "cue_end", a->cue);
        member_string (b, "certainty", cg_certainty_name (a->certainty));
        member_string (b, "polarity", cg_polarity_name (a->polarity));
        member_string (b, "stance", cg_stance_name (a->stance));
        member_string (b, "rule", a->rule);
        member_int (b, "sentence", a->sentence);
        break;
      }
    case CG_NODE_CLAIM:
      {
        CgClaim *c = rec;
        member_string (b, "verdict", cg_verdict_name (c->verdict));
        member_strings (b, "assertions", c->assertions);
        member_strings (b, "supporters", c->supporters);
        member_strings (b, "contradictors", c->contradictors);
        /* who printed it first, for timelines: the assertion and its date */
        CgCorpus *corpus = cg_graph_corpus (graph);
        CgAssertion *first = cg_corpus_claim_first (corpus, c);
        member_string (b, "first", first ? first->id : NULL);
        member_string (b, "first_date", first ? cg_corpus_article (corpus, first->article_id)->date : NULL);
        break;
      }
    }
  json_builder_end_object (b);
}

static void
add_link (JsonBuilder *b, CgGraph *graph, guint e, gboolean keyed)
{
  guint from, to;
  CgEdgeKind kind;
  CgLink *link;
  cg_graph_edge (graph, e, &from, &to, &kind, &link);
  const char *src = cg_graph_node_id (graph, from), *dst = cg_graph_node_id (graph, to);
  json_builder_begin_object (b);
  char *id = g_strdup_printf ("%s-%s-%s", src, cg_edge_kind_name (kind), dst);
  member_string (b, "id", id);
  g_free (id);
  member_string (b, "source", src);
  member_string (b, "target", dst);
  member_string (b, "kind", cg_edge_kind_name (kind));
  if (keyed)
    member_string (b, "key", cg_edge_kind_name (kind));
  if (link)
    {
      json_builder_set_member_name (b, "score");
      json_builder_add_double_value (b, link->score);
      member_string (b, "rule", link->rule);
      member_string (b, "evidence", link->evidence);
    }
  json_builder_end_object (b);
}

typedef struct {
  CgGraph          *graph;
  const CgSubgraph *sub;
  JsonGenerator    *gen;
} JsonJob;

/* Write the value built in B, then FOLLOW.  One element at a time, so a
 * 100,000-assertion graph never exists as a JSON tree in memory. */
static gboolean
put (FILE *f, JsonJob *job, JsonBuilder *b, const char *follow)
{
  JsonNode *node = json_builder_get_root (b);
  json_generator_set_root (job->gen, node);
  gsize len = 0;
  char *text = json_generator_to_data (job->gen, &len);
  json_node_unref (node);
  json_builder_reset (b);
  /* json-glib 1.6 writes U+001F raw (RFC 8259 parsers reject it; a file
   * name can hold one); outside strings JSON has no such byte. */
  if (memchr (text, 0x1f, len) != NULL)
    {
      GString *s = g_string_sized_new (len + 16);
      for (gsize i = 0; i < len; i++)
        if (text[i] == 0x1f)
          g_string_append (s, "\\u001f");
        else
          g_string_append_c (s, text[i]);
      g_free (text);
      len = s->len;
      text = g_string_free (s, FALSE);
    }
  gboolean ok = fwrite (text, 1, len, f) == len && fputs (follow, f) != EOF;
  g_free (text);
  return ok;
}

static gboolean
write_json (FILE *f, gpointer data, GError **error)
{
  JsonJob *job = data;
  CgGraph *graph = job->graph;
  const CgSubgraph *sub = job->sub;
  /* Two relations between the same pair (say same_as and quotes) make a
   * multigraph; networkx then keys the links by their kind. */
  gboolean multi = FALSE;
  guint last_from = G_MAXUINT, last_to = G_MAXUINT;
  for (guint e = 0; e < cg_graph_n_edges (graph); e++)
    {
      guint from, to;
      if (!sub->edge_on[e])
        continue;
      cg_graph_edge (graph, e, &from, &to, NULL, NULL);
      if (from == last_from && to == last_to)
        multi = TRUE;
      last_from = from;
      last_to = to;
    }
  JsonBuilder *b = json_builder_new ();
  json_builder_begin_object (b);
  member_string (b, "name", "claimgraph");
  member_string (b, "focus", sub->focus);
  if (sub->focus)
    member_int (b, "depth", sub->depth);
  member_string (b, "article", sub->article);
  member_string (b, "speaker", sub->speaker);
  member_string (b, "relations", sub->relations);
  member_string (b, "verdict", sub->verdict);
  member_int (b, "node_count", sub->n_nodes);
  member_int (b, "link_count", sub->n_edges);
  json_builder_end_object (b);
  gboolean ok = fprintf (f, "{\"directed\": true, \"multigraph\": %s,\n\"graph\": ", multi ? "true" : "false") > 0
                && put (f, job, b, ",\n\"nodes\": [");
  guint left = sub->n_nodes;
  for (guint n = 0; ok && n < cg_graph_n_nodes (graph); n++)
    if (sub->node_on[n])
      {
        add_node (b, graph, n);
        ok = put (f, job, b, --left ? ",\n" : "");
      }
  ok = ok && fputs ("],\n\"links\": [", f) != EOF;
  left = sub->n_edges;
  for (guint e = 0; ok && e < cg_graph_n_edges (graph); e++)
    if (sub->edge_on[e])
      {
        add_link (b, graph, e, multi);
        ok = put (f, job, b, --left ? ",\n" : "");
      }
  ok = ok && fputs ("]}\n", f) != EOF;
  g_object_unref (b);
  if (!ok)
    g_set_error (error, CG_ERROR, CG_ERROR_IO, "cannot write the JSON graph");
  return ok;
}

gboolean
cg_export_json (CgGraph *graph, const CgSubgraph *sub, const char *out_path, GError **error)
{
  JsonJob job = { graph, sub, json_generator_new () };
  gboolean ok = cg_graph_write_output (out_path, write_json, &job, error);
  g_object_unref (job.gen);
  return ok;
}
