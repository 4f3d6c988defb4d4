/* fuzz-export.c: libFuzzer target for the exporters: a graph built from
 * fuzzed text (the text itself as an assertion, speaker name and article
 * title, plus whatever the extractor finds in it) is written as DOT, JSON
 * and GraphML, and each must parse again: DOT with cgraph's agmemread,
 * JSON with json-glib (and no raw control character, which RFC 8259
 * forbids and json-glib's parser lets pass), GraphML with GMarkup (an XML
 * parser).  JSON must hold the text exactly, and so must GraphML where XML
 * can carry every character of it. */
#include "fuzz-common.h"
#include "hostile-corpus.h"

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

/* Whether some string value anywhere in NODE is WANT. */
static gboolean
json_holds (JsonNode *node, const char *want)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *o = json_node_get_object (node);
      GList *members = json_object_get_members (o);
      gboolean found = FALSE;
      for (GList *m = members; m && !found; m = m->next)
        found = json_holds (json_object_get_member (o, m->data), want);
      g_list_free (members);
      return found;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (a); i++)
        if (json_holds (json_array_get_element (a, i), want))
          return TRUE;
      return FALSE;
    }
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         && strcmp (json_node_get_string (node), want) == 0;
}

/* Whether XML 1.0 can carry TEXT as it is (export-graphml.c replaces the
 * rest with U+FFFD). */
static gboolean
xml_can_carry (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
          || c == 0xFFFE || c == 0xFFFF)
        return FALSE;
    }
  return TRUE;
}

typedef struct {
  const char *want;
  gboolean    in_data;
  GString    *text;
  gboolean    found;
} XmlCheck;

static void
xml_start (GMarkupParseContext *ctx, const char *element, const char **names, const char **values,
           gpointer data, GError **error)
{
  (void) ctx; (void) names; (void) values; (void) error;
  XmlCheck *x = data;
  x->in_data = strcmp (element, "data") == 0;
  g_string_truncate (x->text, 0);
}

static void
xml_end (GMarkupParseContext *ctx, const char *element, gpointer data, GError **error)
{
  (void) ctx; (void) element; (void) error;
  XmlCheck *x = data;
  if (x->in_data && strcmp (x->text->str, x->want) == 0)
    x->found = TRUE;
  x->in_data = FALSE;
}

static void
xml_text (GMarkupParseContext *ctx, const char *text, gsize len, gpointer data, GError **error)
{
  (void) ctx; (void) error;
  XmlCheck *x = data;
  if (x->in_data)
    g_string_append_len (x->text, text, (gssize) len);
}

static const GMarkupParser xml_check = { xml_start, xml_end, xml_text, NULL, NULL };

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
  CgCorpus *c = corpus_of_text (text);

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
  for (const char *p = json; *p; p++)
    if ((guchar) *p < 0x20 && *p != '\n' && *p != '\r' && *p != '\t')
      {
        fprintf (stderr, "JSON holds a raw control character 0x%02x\n", (guchar) *p);
        abort ();
      }
  JsonParser *jp = json_parser_new ();
  if (!json_parser_load_from_data (jp, json, -1, NULL))
    abort ();
  if (!json_holds (json_parser_get_root (jp), text))
    {
      fprintf (stderr, "JSON lost the text\n");
      abort ();
    }
  g_object_unref (jp);
  g_free (json);

  char *xml = export_to_string (g, CG_EXPORT_GRAPHML, "g.graphml");
  XmlCheck x = { text, FALSE, g_string_new (NULL), FALSE };
  GMarkupParseContext *ctx = g_markup_parse_context_new (&xml_check, 0, &x, NULL);
  GError *error = NULL;
  if (!g_markup_parse_context_parse (ctx, xml, -1, &error) || !g_markup_parse_context_end_parse (ctx, &error))
    {
      fprintf (stderr, "GraphML does not parse: %s\n", error->message);
      abort ();
    }
  if (xml_can_carry (text) && !x.found)
    {
      fprintf (stderr, "GraphML lost the text\n");
      abort ();
    }
  g_markup_parse_context_free (ctx);
  g_string_free (x.text, TRUE);
  g_free (xml);

  cg_graph_free (g);
  cg_corpus_free (c);
  g_free (text);
  return 0;
}
