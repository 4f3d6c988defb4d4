/* fuzz-export.c: libFuzzer target for the exporters: a graph built from
 * fuzzed text (the text itself as an assertion, speaker name and article
 * title, plus whatever the extractor finds in it) is written as DOT, JSON
 * and GraphML, and each must parse again: DOT with cgraph's agmemread,
 * JSON with json-glib, GraphML with GMarkup (an XML parser). */
#include "fuzz-common.h"

#include <graphviz/cgraph.h>
#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *tmpdir;

static char *
export_to_string (CgGraph *g, CgExportFormat f, const char *name)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  CgGraphFilter filter = { NULL, 2, NULL, NULL, NULL, NULL };
  GError *error = NULL;
  if (!cg_graph_export (g, f, &filter, path, &error))
    {
      fprintf (stderr, "export failed: %s\n", error->message);
      abort ();
    }
  char *out = NULL;
  if (!g_file_get_contents (path, &out, NULL, NULL))
    abort ();
  g_unlink (path);
  g_free (path);
  return out;
}

static const GMarkupParser no_callbacks = { NULL, NULL, NULL, NULL, NULL };

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (tmpdir == NULL)
    tmpdir = g_dir_make_tmp ("cg-fuzz-export-XXXXXX", NULL);
  char *text = g_utf8_make_valid ((const char *) data, (gssize) size);
  if (*text == '\0')
    {
      g_free (text);
      return 0;
    }
  CgCorpus *c = cg_corpus_new ();
  CgArticle *art = cg_article_new ();
  art->id = g_strdup ("d1");
  art->path = g_strdup ("fuzz.txt");
  art->title = g_strdup (text);
  art->outlet = g_strdup (text);
  art->raw = g_strdup (text);
  art->text = g_strdup (text);
  art->len = strlen (text);
  g_ptr_array_add (c->articles, art);
  CgSpeaker *sp = cg_speaker_new ();
  sp->id = g_strdup ("s1");
  sp->name = g_strdup (text);
  g_ptr_array_add (sp->aliases, g_strdup (text));
  g_ptr_array_add (c->speakers, sp);
  for (guint i = 0; i < 2; i++)
    {
      CgAssertion *a = cg_assertion_new ();
      a->id = g_strdup_printf ("a%u", i + 1);
      a->article_id = g_strdup ("d1");
      a->speaker_id = g_strdup ("s1");
      a->text = g_strdup (text);
      a->span = (CgSpan) { 0, (gint64) art->len };
      a->cue_text = g_strdup (text);
      a->cue = (CgSpan) { 0, (gint64) art->len };
      g_ptr_array_add (c->assertions, a);
    }
  CgLink *l = cg_link_new ();
  l->from = g_strdup ("a1");
  l->to = g_strdup ("a2");
  l->relation = CG_RELATION_CONTRADICTS;
  l->rule = g_strdup (text);
  l->evidence = g_strdup (text);
  g_ptr_array_add (c->links, l);
  CgClaim *cl = cg_claim_new ();
  cl->id = g_strdup ("c1");
  g_ptr_array_add (cl->assertions, g_strdup ("a1"));
  g_ptr_array_add (cl->assertions, g_strdup ("a2"));
  cl->verdict = CG_VERDICT_CONTESTED;
  g_ptr_array_add (c->claims, cl);

  CgGraph *g = cg_graph_new (c);

  char *dot = export_to_string (g, CG_EXPORT_DOT, "g.dot");
  Agraph_t *parsed = agmemread (dot);
  if (parsed == NULL)
    {
      fprintf (stderr, "DOT does not parse:\n%s\n", dot);
      abort ();
    }
  agclose (parsed);
  g_free (dot);

  char *json = export_to_string (g, CG_EXPORT_JSON, "g.json");
  JsonParser *jp = json_parser_new ();
  if (!json_parser_load_from_data (jp, json, -1, NULL))
    abort ();
  g_object_unref (jp);
  g_free (json);

  char *xml = export_to_string (g, CG_EXPORT_GRAPHML, "g.graphml");
  GMarkupParseContext *ctx = g_markup_parse_context_new (&no_callbacks, 0, NULL, NULL);
  GError *error = NULL;
  if (!g_markup_parse_context_parse (ctx, xml, -1, &error) || !g_markup_parse_context_end_parse (ctx, &error))
    {
      fprintf (stderr, "GraphML does not parse: %s\n", error->message);
      abort ();
    }
  g_markup_parse_context_free (ctx);
  g_free (xml);

  cg_graph_free (g);
  cg_corpus_free (c);
  g_free (text);
  return 0;
}
