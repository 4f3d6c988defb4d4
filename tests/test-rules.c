/* test-rules.c: the rule-file loader: format, overlays, errors naming file and line. */
#include "cg-test.h"

#include <glib/gstdio.h>
#include <string.h>

static void
test_parse_entries (void)
{
  const char *text =
    "# comment\n"
    "say ; certainty=certain, class=speech\n"
    "\n"
    "[hedges]\n"
    "according to\n"
    "threshold = 0.75\n";
  GError *error = NULL;
  CgRules *rules = cg_rules_parse ("t", "t.rules", text, strlen (text), &error);
  g_assert_no_error (error);
  GPtrArray *all = cg_rules_entries (rules, "t", NULL);
  g_assert_cmpuint (all->len, ==, 3);
  CgRule *say = g_ptr_array_index (all, 0);
  g_assert_cmpstr (say->phrase, ==, "say");
  g_assert_cmpstr (cg_rule_attr (say, "class"), ==, "speech");
  g_assert_cmpstr (cg_rule_attr (say, "certainty"), ==, "certain");
  g_assert_null (cg_rule_attr (say, "missing"));
  g_assert_cmpuint (say->line, ==, 2);
  GPtrArray *hedges = cg_rules_entries (rules, "t", "hedges");
  g_assert_cmpuint (hedges->len, ==, 2);
  CgRule *acc = g_ptr_array_index (hedges, 0);
  g_assert_cmpuint (acc->n_words, ==, 2);
  g_assert_cmpstr (acc->words[1], ==, "to");
  g_assert_cmpfloat (cg_rules_number (rules, "t", "threshold", 0), ==, 0.75);
  g_assert_cmpfloat (cg_rules_number (rules, "t", "absent", 9), ==, 9);
  cg_rules_free (rules);
}

/* cg_rule_attr() answers an absent key from the rule's key bits: keys
 * sharing their first two bytes share a bit, a one-letter key has one,
 * and a rule whose keys changed after indexing is searched whole until
 * indexed again. */
static void
test_attr_bits (void)
{
  const char *text = "cue ; certainty=low, x=1, hearer=yes\nbare\n";
  GError *error = NULL;
  CgRules *rules = cg_rules_parse ("t", "t.rules", text, strlen (text), &error);
  g_assert_no_error (error);
  GPtrArray *all = cg_rules_entries (rules, "t", NULL);
  CgRule *cue = g_ptr_array_index (all, 0), *bare = g_ptr_array_index (all, 1);
  g_assert_cmpstr (cg_rule_attr (cue, "certainty"), ==, "low");
  g_assert_cmpstr (cg_rule_attr (cue, "x"), ==, "1");
  g_assert_cmpstr (cg_rule_attr (cue, "hearer"), ==, "yes");
  g_assert_null (cg_rule_attr (cue, "cert"));  /* the bit of "certainty" */
  g_assert_null (cg_rule_attr (cue, "he"));
  g_assert_null (cg_rule_attr (cue, "base"));
  g_assert_null (cg_rule_attr (bare, "certainty"));
  g_assert_cmpuint (bare->key_bits, ==, 1);
  /* a key added by hand: found before and after indexing */
  g_strfreev (bare->keys);
  g_strfreev (bare->values);
  bare->keys = g_new0 (char *, 2);
  bare->values = g_new0 (char *, 2);
  bare->keys[0] = g_strdup ("base");
  bare->values[0] = g_strdup ("yes");
  bare->key_bits = 0;
  g_assert_cmpstr (cg_rule_attr (bare, "base"), ==, "yes");
  cg_rule_index_keys (bare);
  g_assert_cmpstr (cg_rule_attr (bare, "base"), ==, "yes");
  g_assert_null (cg_rule_attr (bare, "hearer"));
  cg_rules_free (rules);
}

static void
check_error (const char *text, const char *want)
{
  GError *error = NULL;
  CgRules *rules = cg_rules_parse ("bad", "dir/bad.rules", text, strlen (text), &error);
  g_assert_null (rules);
  g_assert_error (error, CG_ERROR, CG_ERROR_RULES);
  if (strstr (error->message, want) == NULL)
    g_error ("error \"%s\" does not hold \"%s\"", error->message, want);
  g_error_free (error);
}

static void
test_syntax_errors (void)
{
  check_error ("ok\n[unclosed\n", "dir/bad.rules:2:");
  check_error ("a\nb\nsay ; certainty\n", "dir/bad.rules:3: attribute \"certainty\"");
  check_error ("@include x\n", "dir/bad.rules:1: unknown directive");
  check_error ("x = \n", "dir/bad.rules:1:");
  check_error ("good\n\xff\xfe bad\n", "dir/bad.rules:2: invalid UTF-8");
  check_error (" ; a=b\n", "dir/bad.rules:1:");
}

static void
test_lexicon_longest_match (void)
{
  const char *text = "president\nvice president\nvice\nsecretary of state\n";
  GError *error = NULL;
  CgRules *rules = cg_rules_parse ("titles", "titles.rules", text, strlen (text), &error);
  g_assert_no_error (error);
  CgLexicon *lex = cg_lexicon_new (cg_rules_entries (rules, "titles", NULL));
  char *words[] = { "the", "vice", "president", "said", "secretary", "of", "state" };
  guint len = 0;
  g_assert_null (cg_lexicon_match (lex, words, 7, 0, &len));
  const CgRule *r = cg_lexicon_match (lex, words, 7, 1, &len);
  g_assert_nonnull (r);
  g_assert_cmpstr (r->phrase, ==, "vice president");
  g_assert_cmpuint (len, ==, 2);
  r = cg_lexicon_match (lex, words, 7, 4, &len);
  g_assert_cmpstr (r->phrase, ==, "secretary of state");
  g_assert_cmpuint (len, ==, 3);
  g_assert_nonnull (cg_lexicon_lookup (lex, "Vice  President"));
  g_assert_null (cg_lexicon_lookup (lex, "secretary"));
  cg_lexicon_free (lex);
  cg_rules_free (rules);
}

/* Several lists over one vocabulary: ids, bits, the first rule of some
 * words winning, matches over ids and over words agreeing. */
static void
test_lexicon_lists (void)
{
  const char *text = "[titles]\nvice president ; rank=2\npresident ; rank=1\nvice president ; rank=9\n"
                     "[cues]\nsaid\nsaid that ; joins=yes\npresident\n";
  GError *error = NULL;
  CgRules *rules = cg_rules_parse ("x", "x.rules", text, strlen (text), &error);
  g_assert_no_error (error);
  GPtrArray *lists[] = { cg_rules_entries (rules, "x", "titles"), NULL, cg_rules_entries (rules, "x", "cues") };
  CgLexicon *lex = cg_lexicon_new_lists (lists, 3);
  g_assert_cmpuint (cg_lexicon_size (lex), ==, 5);  /* the second "vice president" is redundant */

  const CgLexWord *vice = cg_lexicon_word (lex, "vice", -1);
  const CgLexWord *pres = cg_lexicon_word (lex, "president's", 9);
  const CgLexWord *said = cg_lexicon_word (lex, "said", 4);
  const CgLexWord *that = cg_lexicon_word (lex, "that", -1);
  g_assert_nonnull (vice);
  g_assert_nonnull (pres);
  g_assert_nonnull (said);
  g_assert_nonnull (that);
  g_assert_null (cg_lexicon_word (lex, "vic", -1));
  g_assert_null (cg_lexicon_word (lex, "Vice", -1));  /* callers fold */
  g_assert_cmpuint (vice->single, ==, 0);
  g_assert_cmpuint (vice->multi, ==, G_GUINT64_CONSTANT (1) << 0);
  g_assert_cmpuint (pres->single, ==, (G_GUINT64_CONSTANT (1) << 0) | (G_GUINT64_CONSTANT (1) << 2));
  g_assert_cmpuint (said->single, ==, G_GUINT64_CONSTANT (1) << 2);
  g_assert_cmpuint (said->multi, ==, G_GUINT64_CONSTANT (1) << 2);
  g_assert_cmpuint (that->single | that->multi, ==, 0);  /* only inside a phrase */
  g_assert_true (cg_lexicon_word_chunk (lex, 0x64696173 /* "said" */, 4, cg_lexicon_hash ("said", 4)) == said);
  g_assert_cmpuint (cg_lexicon_longest (lex, 0, vice), ==, 2);
  g_assert_cmpuint (cg_lexicon_longest (lex, 2, said), ==, 2);
  g_assert_cmpuint (cg_lexicon_longest (lex, 2, vice), ==, 0);

  guint32 ids[] = { 0, vice->id, pres->id, said->id, that->id };
  char *words[] = { "the", "vice", "president", "said", "that" };
  CgLexMatch m, mw;
  g_assert_false (cg_lexicon_match_ids (lex, 0, ids, 5, 0, &m));
  g_assert_true (cg_lexicon_match_ids (lex, 0, ids, 5, 1, &m));
  g_assert_cmpuint (m.len, ==, 2);
  g_assert_cmpuint (m.list, ==, 0);
  g_assert_cmpstr (cg_rule_attr (m.rule, "rank"), ==, "2");
  g_assert_true (cg_lexicon_phrase (lex, m.id, NULL) == m.rule);
  g_assert_true (cg_lexicon_match_words (lex, 0, words, 5, 1, &mw));
  g_assert_true (mw.rule == m.rule && mw.id == m.id && mw.len == 2);
  /* the end bounds the match: the one-word phrase, or none */
  g_assert_false (cg_lexicon_match_ids (lex, 0, ids, 2, 1, &m));
  g_assert_true (cg_lexicon_match_ids (lex, 2, ids, 5, 2, &m));
  g_assert_cmpstr (m.rule->phrase, ==, "president");
  g_assert_cmpuint (m.list, ==, 2);
  g_assert_false (cg_lexicon_match_ids (lex, 1, ids, 5, 2, &m));
  g_assert_true (cg_lexicon_match_ids (lex, 2, ids, 5, 3, &m));
  g_assert_cmpstr (cg_rule_attr (m.rule, "joins"), ==, "yes");
  g_assert_true (cg_lexicon_match_ids (lex, 2, ids, 4, 3, &m));
  g_assert_cmpuint (m.len, ==, 1);
  g_assert_true (cg_lexicon_match_words (lex, 2, words, 4, 3, &mw));
  g_assert_true (mw.rule == m.rule);
  guint list = 9;
  g_assert_true (cg_lexicon_phrase (lex, m.id, &list) == m.rule);
  g_assert_cmpuint (list, ==, 2);
  cg_lexicon_free (lex);
  cg_rules_free (rules);
}

/* A lexicon of more than 64 lists (the extractor's has 64 and more to
 * come): the sections of extract.rules and linking.rules, as many as it
 * takes (128), over one vocabulary, so lists 64.. are in the cold tier.  Every entry is
 * found whole in its own list, over words and over ids, as the first rule
 * of its words there; words on lists of both tiers ("that", "the") find
 * their one-word phrase of each list. */
static void
test_lexicon_many_lists (void)
{
  CgRules *rules = cg_test_rules ();
  const char *files[] = { "extract", "linking" };
  GPtrArray *lists = g_ptr_array_new ();
  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      GPtrArray *sections = cg_rules_sections (rules, files[f]);
      for (guint i = 0; i < sections->len && lists->len < CG_LEXICON_MAX_LISTS; i++)
        g_ptr_array_add (lists, cg_rules_entries (rules, files[f], g_ptr_array_index (sections, i)));
      g_ptr_array_unref (sections);
    }
  g_assert_cmpuint (lists->len, >, CG_LEXICON_HOT_LISTS);
  g_assert_cmpuint (lists->len, <=, CG_LEXICON_MAX_LISTS);
  CgLexicon *lex = cg_lexicon_new_lists ((GPtrArray *const *) lists->pdata, lists->len);
  g_assert_nonnull (lex);
  guint n_cold = 0, n_both = 0;
  for (guint l = 0; l < lists->len; l++)
    {
      GPtrArray *entries = g_ptr_array_index (lists, l);
      for (guint i = 0; i < entries->len; i++)
        {
          const CgRule *r = g_ptr_array_index (entries, i);
          if (r->n_words == 0 || r->n_words > 16)
            continue;
          CgLexMatch m, mi;
          g_assert_true (cg_lexicon_match_words (lex, l, r->words, r->n_words, 0, &m));
          g_assert_cmpuint (m.list, ==, l);
          g_assert_cmpuint (m.len, ==, r->n_words);
          for (guint k = 0; k < r->n_words; k++)
            g_assert_cmpstr (m.rule->words[k], ==, r->words[k]);
          guint pl = G_MAXUINT;
          g_assert_true (cg_lexicon_phrase (lex, m.id, &pl) == m.rule);
          g_assert_cmpuint (pl, ==, l);
          guint32 ids[16];
          for (guint k = 0; k < r->n_words; k++)
            ids[k] = cg_lexicon_word (lex, r->words[k], -1)->id;
          g_assert_true (cg_lexicon_match_ids (lex, l, ids, r->n_words, 0, &mi));
          g_assert_true (mi.rule == m.rule && mi.id == m.id && mi.len == m.len);
          const CgLexWord *w = cg_lexicon_word (lex, r->words[0], -1);
          g_assert_true (cg_lexicon_word_in (lex, w, l, r->n_words == 1));
          if (l >= CG_LEXICON_HOT_LISTS)
            {
              n_cold++;
              const CgLexWord *c = cg_lexicon_cold (lex, w->id);
              guint64 bit = G_GUINT64_CONSTANT (1) << (l - CG_LEXICON_HOT_LISTS);
              g_assert_true ((r->n_words == 1 ? c->single : c->multi) & bit);
              n_both += r->n_words == 1 && w->single != 0;
            }
        }
    }
  g_assert_cmpuint (n_cold, >, 100);
  g_assert_cmpuint (n_both, >, 10);  /* one-word phrases of a cold list whose word is on hot lists too */
  /* a list past the lexicon's, and id 0, are on nothing */
  const CgLexWord *the = cg_lexicon_word (lex, "the", -1);
  g_assert_nonnull (the);
  g_assert_false (cg_lexicon_word_in (lex, the, CG_LEXICON_MAX_LISTS, TRUE));
  g_assert_cmpuint (cg_lexicon_cold (lex, 0)->single | cg_lexicon_cold (lex, 0)->multi, ==, 0);
  cg_lexicon_free (lex);
  g_ptr_array_unref (lists);
}

/* The lexicon's hash (cg_lexicon_hash_end()): never 0, the mark of an
 * empty slot, and spread well enough over the vocabulary that a hit
 * probes few slots.  The words are those of the shipped lists the
 * extractor reads most (cue verbs, names, titles, stopwords); their mean
 * probe count is a count, not a time.  With the product's low half as
 * the hash (the first four bytes of a word decide it) the mean is above
 * the bound. */
static void
test_lexicon_hash_spread (void)
{
  g_assert_cmpuint (cg_lexicon_hash_end (0), !=, 0);
  g_assert_cmpuint (cg_lexicon_hash_end (G_GUINT64_CONSTANT (0xFFFFFFFF)), !=, 0);
  g_assert_cmpuint (cg_lexicon_hash_end (G_GUINT64_CONSTANT (1) << 32), !=, 0);
  CgRules *rules = cg_test_rules ();
  const char *names[] = { "cue-verbs", "names", "titles", "stopwords" };
  GPtrArray *lists[G_N_ELEMENTS (names)];
  for (guint l = 0; l < G_N_ELEMENTS (names); l++)
    lists[l] = cg_rules_entries (rules, names[l], NULL);
  CgLexicon *lex = cg_lexicon_new_lists (lists, G_N_ELEMENTS (names));
  CgLexTable t;
  cg_lexicon_table (lex, &t);
  guint64 probes = 0, words = 0;
  for (guint32 k = 0; k <= t.mask; k++)
    {
      if (!t.tags[k])
        continue;
      const CgLexSlot *sl = &t.slots[k];
      guint32 h = cg_lexicon_hash (sl->word, sl->len);
      g_assert_cmpuint (t.tags[k], ==, CG_LEX_TAG (h));
      /* each word found by the lookup the tokenizer makes */
      g_assert_true (cg_lexicon_word_hashed (lex, sl->word, sl->len, h) == &t.bits[sl->id]);
      probes += ((k - (h & t.mask)) & t.mask) + 1;
      words++;
    }
  g_assert_cmpuint (words, >, 1000);
  g_test_message ("%" G_GUINT64_FORMAT " words, %.4f probes a hit", words, (double) probes / (double) words);
  g_assert_cmpfloat ((double) probes / (double) words, <, 1.5);
  cg_lexicon_free (lex);
}

static void
test_default_set_loads (void)
{
  CgRules *rules = cg_test_rules ();
  GError *error = NULL;
  g_assert_true (cg_rules_require (rules, "cue-verbs", &error));
  g_assert_false (cg_rules_require (rules, "no-such-file", &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_RULES);
  g_assert_nonnull (strstr (error->message, "no-such-file.rules"));
  g_clear_error (&error);
  g_assert_cmpuint (cg_rules_entries (rules, "cue-verbs", NULL)->len, >, 0);
}

static void
test_user_overlay (void)
{
  char *dir = cg_test_tmpdir ();
  char *add = g_build_filename (dir, "cue-verbs.rules", NULL);
  g_assert_true (g_file_set_contents (add, "zzquibbled ; certainty=certain\n", -1, NULL));
  GError *error = NULL;
  CgRules *rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
  g_assert_no_error (error);
  GPtrArray *cues = cg_rules_entries (rules, "cue-verbs", NULL);
  guint n_added = cues->len;
  CgRule *last = g_ptr_array_index (cues, cues->len - 1);
  g_assert_cmpstr (last->phrase, ==, "zzquibbled");
  g_assert_cmpuint (n_added, >, 1);
  cg_rules_free (rules);

  /* @replace: the user's file stands alone. */
  g_assert_true (g_file_set_contents (add, "# mine only\n@replace\nzzquibbled\n", -1, NULL));
  rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cg_rules_entries (rules, "cue-verbs", NULL)->len, ==, 1);
  cg_rules_free (rules);

  /* A broken user file fails the whole load, naming the file and line. */
  g_assert_true (g_file_set_contents (add, "fine\n\nsaid ; =x\n", -1, NULL));
  rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
  g_assert_null (rules);
  g_assert_error (error, CG_ERROR, CG_ERROR_RULES);
  char *want = g_strdup_printf ("%s:3:", add);
  g_assert_nonnull (strstr (error->message, want));
  g_free (want);
  g_clear_error (&error);

  /* A missing user directory is an error, not silently the defaults. */
  rules = cg_rules_load_dirs (cg_rules_default_dir (), "/nonexistent/claimgraph-rules", &error);
  g_assert_null (rules);
  g_assert_error (error, CG_ERROR, CG_ERROR_RULES);
  g_clear_error (&error);
  g_unlink (add);
  g_rmdir (dir);
  g_free (add);
  g_free (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rules/parse-entries", test_parse_entries);
  g_test_add_func ("/rules/attr-bits", test_attr_bits);
  g_test_add_func ("/rules/syntax-errors", test_syntax_errors);
  g_test_add_func ("/rules/lexicon-longest-match", test_lexicon_longest_match);
  g_test_add_func ("/rules/lexicon-lists", test_lexicon_lists);
  g_test_add_func ("/rules/lexicon-many-lists", test_lexicon_many_lists);
  g_test_add_func ("/rules/default-set-loads", test_default_set_loads);
  g_test_add_func ("/rules/lexicon-hash-spread", test_lexicon_hash_spread);
  g_test_add_func ("/rules/user-overlay", test_user_overlay);
  return g_test_run ();
}
