/* fuzz-rules.c: libFuzzer target for the rule-file parser: any bytes give
 * a rule set or a CG_ERROR_RULES error that names the file and a line. */
#include "fuzz-common.h"

#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  GError *error = NULL;
  CgRules *rules = cg_rules_parse ("fuzz", "fuzz.rules", (const char *) data, size, &error);
  if (rules == NULL)
    {
      if (error == NULL || error->code != CG_ERROR_RULES || !g_str_has_prefix (error->message, "fuzz.rules:"))
        abort ();
      g_error_free (error);
      return 0;
    }
  GPtrArray *all = cg_rules_entries (rules, "fuzz", NULL);
  CgLexicon *lex = cg_lexicon_new (all);
  for (guint i = 0; i < all->len; i++)
    {
      CgRule *r = g_ptr_array_index (all, i);
      if (r->n_words == 0 || r->line == 0 || cg_lexicon_lookup (lex, r->phrase) == NULL)
        abort ();
      guint len = 0;
      if (cg_lexicon_match (lex, r->words, r->n_words, 0, &len) == NULL || len == 0)
        abort ();
    }
  cg_lexicon_free (lex);
  cg_rules_free (rules);
  return 0;
}
