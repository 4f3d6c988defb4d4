/* output.c: the JSON lines contract of DESIGN.md, in one place.
 *
 * JSON is produced with json-glib so that any text an article holds
 * (control characters, quotes, invalid sequences cannot occur: the reader
 * only admits UTF-8) comes out as valid, inert JSON.
 */
#include "cg-output.h"

#include <json-glib/json-glib.h>
#include <string.h>

/* json-glib 1.6 escapes every control character but U+001F, which it
 * writes raw, and RFC 8259 parsers reject (a file name can hold one).
 * Outside strings JSON has no such byte, so each one is escaped here.
 * Takes JSON (freed) and returns the fixed text (caller frees). */
static char *
escape_unit_separators (char *json)
{
  if (strchr (json, 0x1f) == NULL)
    return json;
  GString *s = g_string_new (NULL);
  for (const char *p = json; *p; p++)
    if (*p == 0x1f)
      g_string_append (s, "\\u001f");
    else
      g_string_append_c (s, *p);
  g_free (json);
  return g_string_free (s, FALSE);
}

static char *
finish (JsonBuilder *b)
{
  JsonNode *root = json_builder_get_root (b);
  JsonGenerator *gen = json_generator_new ();
  json_generator_set_root (gen, root);
  char *out = escape_unit_separators (json_generator_to_data (gen, NULL));
  g_object_unref (gen);
  json_node_unref (root);
  g_object_unref (b);
  return out;
}

static void
add_string (JsonBuilder *b, const char *key, const char *value)
{
  json_builder_set_member_name (b, key);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_span (JsonBuilder *b, const char *key, const char *text, CgSpan span)
{
  json_builder_set_member_name (b, key);
  if (!cg_span_is_set (span))
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  add_string (b, "text", text ? text : "");
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, span.start);
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, span.end);
  json_builder_end_object (b);
}

static void
add_strings (JsonBuilder *b, const char *key, GPtrArray *strings)
{
  json_builder_set_member_name (b, key);
  json_builder_begin_array (b);
  for (guint i = 0; strings && i < strings->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (strings, i));
  json_builder_end_array (b);
}

char *
cg_assertion_to_json (CgCorpus *corpus, const CgAssertion *a)
{
  CgArticle *article = cg_corpus_article (corpus, a->article_id);
  CgSpeaker *speaker = cg_corpus_speaker (corpus, a->speaker_id);
  JsonBuilder *b = json_builder_new ();
  json_builder_begin_object (b);
  add_string (b, "id", a->id);
  add_string (b, "article", article ? article->path : a->article_id);
  add_string (b, "kind", cg_kind_name (a->kind));
  add_string (b, "text", a->text);
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, a->span.start);
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, a->span.end);
  json_builder_set_member_name (b, "speaker");
  if (speaker)
    {
      json_builder_begin_object (b);
      add_string (b, "id", speaker->id);
      add_string (b, "name", speaker->name);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);
  add_span (b, "source", a->source_text, a->source);
  add_span (b, "cue", a->cue_text, a->cue);
  add_string (b, "certainty", cg_certainty_name (a->certainty));
  add_string (b, "polarity", cg_polarity_name (a->polarity));
  add_string (b, "stance", cg_stance_name (a->stance));
  add_string (b, "rule", a->rule);
  json_builder_end_object (b);
  return finish (b);
}

char *
cg_speaker_to_json (const CgSpeaker *s)
{
  JsonBuilder *b = json_builder_new ();
  json_builder_begin_object (b);
  add_string (b, "id", s->id);
  add_string (b, "name", s->name);
  add_string (b, "kind", cg_speaker_kind_name (s->kind));
  add_strings (b, "aliases", s->aliases);
  add_strings (b, "roles", s->roles);
  json_builder_end_object (b);
  return finish (b);
}

char *
cg_link_to_json (const CgLink *l)
{
  JsonBuilder *b = json_builder_new ();
  json_builder_begin_object (b);
  add_string (b, "from", l->from);
  add_string (b, "to", l->to);
  add_string (b, "relation", cg_relation_name (l->relation));
  json_builder_set_member_name (b, "score");
  /* Rounded so that the output does not change with the last bit of a float. */
  json_builder_add_double_value (b, ((gint64) (l->score * 1000 + 0.5)) / 1000.0);
  add_string (b, "rule", l->rule);
  add_string (b, "evidence", l->evidence);
  json_builder_end_object (b);
  return finish (b);
}

char *
cg_claim_to_json (CgCorpus *corpus, const CgClaim *c)
{
  JsonBuilder *b = json_builder_new ();
  json_builder_begin_object (b);
  add_string (b, "id", c->id);
  add_string (b, "verdict", cg_verdict_name (c->verdict));
  add_strings (b, "assertions", c->assertions);
  add_strings (b, "supporters", c->supporters);
  add_strings (b, "contradictors", c->contradictors);
  CgAssertion *first = corpus ? cg_corpus_claim_first (corpus, c) : NULL;
  json_builder_set_member_name (b, "first");
  if (first)
    {
      json_builder_begin_object (b);
      add_string (b, "assertion", first->id);
      add_string (b, "speaker", first->speaker_id);
      const CgArticle *art = cg_corpus_article (corpus, first->article_id);
      add_string (b, "article", art->path);
      add_string (b, "outlet", art->outlet);
      add_string (b, "date", art->date);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);
  json_builder_end_object (b);
  return finish (b);
}
