/* brat.c: the brat standoff reading and rule loading the bench programs
 * share (see brat.h).  One reader of the .ann files so that cg-eval and
 * the trainers see the same attributions; each keeps its own checks of
 * the ranges, as they differ in what they accept. */
#include "brat.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static gint
by_name (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static void
pair_free (gpointer p)
{
  CgBratPair *pair = p;
  g_free (pair->base);
  g_free (pair->txt_path);
  g_free (pair->ann_path);
  g_free (pair);
}

/* The articles of ANN_DIR (files NAME_ANNOTATOR.ann) in name order, each
 * once with its first annotator in name order, and TEXT_DIR/NAME.txt.
 * Returns a new array of CgBratPair (it frees them), NULL on error. */
GPtrArray *
cg_brat_pairs (const char *text_dir, const char *ann_dir, GError **error)
{
  GDir *dir = g_dir_open (ann_dir, 0, error);
  if (dir == NULL)
    return NULL;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  for (const char *n; (n = g_dir_read_name (dir));)
    if (g_str_has_suffix (n, ".ann"))
      g_ptr_array_add (names, g_strdup (n));
  g_dir_close (dir);
  g_ptr_array_sort (names, by_name);
  GPtrArray *pairs = g_ptr_array_new_with_free_func (pair_free);
  GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      const char *us = strrchr (name, '_');
      if (us == NULL)
        continue;
      char *base = g_strndup (name, (gsize) (us - name));
      if (g_hash_table_contains (seen, base))
        {
          g_free (base);
          continue;
        }
      CgBratPair *pair = g_new (CgBratPair, 1);
      char *txt_name = g_strconcat (base, ".txt", NULL);
      pair->base = base;
      pair->txt_path = g_build_filename (text_dir, txt_name, NULL);
      pair->ann_path = g_build_filename (ann_dir, name, NULL);
      g_free (txt_name);
      g_hash_table_add (seen, base);
      g_ptr_array_add (pairs, pair);
    }
  g_hash_table_unref (seen);
  g_ptr_array_unref (names);
  return pairs;
}

/* Whether the INDEX-th article (of cg_brat_pairs()) is left out by
 * --holdout HOLDOUT: every HOLDOUT-th one, none for 0. */
gboolean
cg_brat_held_out (guint index, gint holdout)
{
  return holdout > 0 && index % (guint) holdout == (guint) holdout - 1;
}

static void
arg_clear (gpointer p)
{
  g_array_unref (((CgBratArg *) p)->ranges);
}

/* The attributions (E lines) of the .ann file at ANN_PATH, in file order:
 * each an array of its Source, Cue and Content arguments (CgBratArg) in
 * the line's order, other arguments left out; an E line without any is
 * an empty array.  Returns a new array of arrays (it frees them). */
GPtrArray *
cg_brat_read (const char *ann_path, GError **error)
{
  char *data;
  if (!g_file_get_contents (ann_path, &data, NULL, error))
    return NULL;
  GHashTable *tspans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  char **lines = g_strsplit (data, "\n", -1);
  for (char **l = lines; *l; l++)
    if ((*l)[0] == 'T')
      {
        char **f = g_strsplit (*l, "\t", 3);
        const char *sp = f[0] && f[1] ? strchr (f[1], ' ') : NULL;
        if (sp)
          g_hash_table_insert (tspans, g_strdup (f[0]), g_strdup (sp + 1));
        g_strfreev (f);
      }
  GPtrArray *attrs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (char **l = lines; *l; l++)
    if ((*l)[0] == 'E')
      {
        GArray *args = g_array_new (FALSE, FALSE, sizeof (CgBratArg));
        g_array_set_clear_func (args, arg_clear);
        char **f = g_strsplit_set (*l, "\t ", -1);
        for (char **p = f + 1; *p; p++)
          {
            char *colon = strchr (*p, ':');
            if (colon == NULL)
              continue;
            *colon = '\0';
            const char *rs = g_hash_table_lookup (tspans, colon + 1);
            if (rs == NULL)
              continue;
            CgBratArg arg;
            if (g_str_has_prefix (*p, "Source"))
              arg.role = CG_BRAT_SOURCE;
            else if (g_str_has_prefix (*p, "Cue"))
              arg.role = CG_BRAT_CUE;
            else if (g_str_has_prefix (*p, "Content"))
              arg.role = CG_BRAT_CONTENT;
            else
              continue;
            arg.ranges = g_array_new (FALSE, FALSE, sizeof (gint64));
            char **parts = g_strsplit (rs, ";", -1);
            for (char **r = parts; *r; r++)
              {
                gint64 ab[2];
                if (sscanf (*r, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, &ab[0], &ab[1]) == 2)
                  g_array_append_vals (arg.ranges, ab, 2);
              }
            g_strfreev (parts);
            g_array_append_val (args, arg);
          }
        g_strfreev (f);
        g_ptr_array_add (attrs, args);
      }
  g_strfreev (lines);
  g_hash_table_unref (tspans);
  g_free (data);
  return attrs;
}

/* brat offsets count characters (code points), claimgraph's bytes: the
 * character of each byte offset of RAW (valid UTF-8, LEN bytes; LEN maps
 * to the character count).  With CHARS, *CHARS gets RAW's characters
 * (a new array, NUL-terminated) and *N_CHARS their count.  Returns a new
 * array of LEN + 1. */
glong *
cg_brat_byte_to_char (const char *raw, gsize len, gunichar **chars, glong *n_chars)
{
  glong *b2c = g_new0 (glong, len + 1);
  gunichar *ch = NULL;
  if (chars)
    {
      *n_chars = g_utf8_strlen (raw, (gssize) len);
      ch = g_new0 (gunichar, *n_chars + 1);
    }
  glong c = 0;
  for (gsize b = 0; b < len;)
    {
      gsize next = (gsize) (g_utf8_next_char (raw + b) - raw);
      if (ch)
        ch[c] = g_utf8_get_char_validated (raw + b, (gssize) (len - b));
      for (gsize k = b; k < next && k <= len; k++)
        b2c[k] = c;
      c++;
      b = next;
    }
  b2c[len] = c;
  if (chars)
    *chars = ch;
  return b2c;
}

/* The keys of extract.rules whose value is a file relative to the rule
 * file's directory. */
static const char *const path_keys[] = { "tagger", "bounds", NULL };

/* The rules as the user has them (the defaults, USER_DIR over them when
 * not NULL) with the extract.rules line SETTING ("tagger = none") last.
 * The user directory is mirrored into a temporary one named after
 * TMP_PREFIX ("cg-train-XXXXXX"): links, and a copy of its extract.rules
 * with SETTING appended and its model files made absolute.  Returns a new
 * rule set, NULL on error. */
CgRules *
cg_brat_load_rules_with (const char *user_dir, const char *setting, const char *tmp_prefix,
                         GError **error)
{
  char *tmp = g_dir_make_tmp (tmp_prefix, error);
  if (tmp == NULL)
    return NULL;
  GString *extract = g_string_new (NULL);
  GPtrArray *made = g_ptr_array_new_with_free_func (g_free);
  GDir *dir = user_dir ? g_dir_open (user_dir, 0, error) : NULL;
  CgRules *rules = NULL;
  char *extract_dir = NULL;
  if (user_dir && dir == NULL)
    goto out;
  for (const char *n; dir && (n = g_dir_read_name (dir));)
    {
      char *from = g_build_filename (user_dir, n, NULL), *to = g_build_filename (tmp, n, NULL);
      char *abs = g_canonicalize_filename (from, NULL);
      if (strcmp (n, "extract.rules") == 0)
        {
          char *text;
          if (g_file_get_contents (from, &text, NULL, NULL))
            {
              g_string_append (extract, text);
              g_string_append_c (extract, '\n');
              g_free (text);
            }
          extract_dir = g_path_get_dirname (abs);
          g_free (to);
        }
      else if (symlink (abs, to) == 0)
        g_ptr_array_add (made, to);
      else
        g_free (to);
      g_free (abs);
      g_free (from);
    }
  if (extract_dir)
    {
      char **lines = g_strsplit (extract->str, "\n", -1);
      g_string_truncate (extract, 0);
      for (char **l = lines; *l; l++)
        {
          char *key = g_strstrip (g_strndup (*l, strcspn (*l, "=")));
          const char *eq = strchr (*l, '=');
          if (eq && g_strv_contains (path_keys, key))
            {
              char *v = g_strstrip (g_strdup (eq + 1));
              char *path = strcmp (v, "none") == 0 || g_path_is_absolute (v) ? g_strdup (v)
                           : g_build_filename (extract_dir, v, NULL);
              g_string_append_printf (extract, "%s = %s\n", key, path);
              g_free (path);
              g_free (v);
            }
          else
            g_string_append_printf (extract, "%s\n", *l);
          g_free (key);
        }
      g_strfreev (lines);
    }
  g_string_append_printf (extract, "%s\n", setting);
  char *ex = g_build_filename (tmp, "extract.rules", NULL);
  if (g_file_set_contents (ex, extract->str, (gssize) extract->len, error))
    {
      g_ptr_array_add (made, ex);
      /* only the user directory's own extract.rules: over the defaults */
      rules = cg_rules_load_dirs (cg_rules_default_dir (), tmp, error);
    }
  else
    g_free (ex);
out:
  if (dir)
    g_dir_close (dir);
  for (guint i = 0; i < made->len; i++)
    g_remove (g_ptr_array_index (made, i));
  g_rmdir (tmp);
  g_free (tmp);
  g_free (extract_dir);
  g_string_free (extract, TRUE);
  g_ptr_array_unref (made);
  return rules;
}

/* Whether TEXT_DIR or ANN_DIR is named like a test split, which the
 * development tools refuse. */
gboolean
cg_brat_test_split (const char *text_dir, const char *ann_dir)
{
  return strstr (text_dir, "test") || strstr (ann_dir, "test");
}

/* For a command line CTX did not accept (ERROR, may be NULL): prints
 * USAGE (one line) on stderr and frees CTX and ERROR.  Returns the exit
 * status, 2. */
int
cg_brat_usage (GOptionContext *ctx, GError *error, const char *usage)
{
  fprintf (stderr, "%s\n", usage);
  if (error)
    g_error_free (error);
  g_option_context_free (ctx);
  return 2;
}

/* Readies T for the trainer PROG ("cg-train", in its messages and
 * temporary directory's name): the rules of cg_brat_load_rules_with()
 * (USER_DIR, SETTING), the reader, segmenter and extractor over them, and
 * the pairs of TEXT_DIR and ANN_DIR; a directory named like a test split
 * is refused.  Returns 0, or the exit status after printing why not (T is
 * then cleared, partly built stages freed). */
int
cg_brat_trainer_open (CgBratTrainer *t, const char *prog, const char *user_dir, const char *setting,
                      const char *text_dir, const char *ann_dir)
{
  memset (t, 0, sizeof *t);
  if (cg_brat_test_split (text_dir, ann_dir))
    {
      fprintf (stderr, "%s: refusing a directory named like a test split\n", prog);
      return 2;
    }
  GError *error = NULL;
  char *tmp_prefix = g_strconcat (prog, "-XXXXXX", NULL);
  t->rules = cg_brat_load_rules_with (user_dir, setting, tmp_prefix, &error);
  g_free (tmp_prefix);
  t->reader = t->rules ? cg_reader_new (t->rules, &error) : NULL;
  t->seg = t->reader ? cg_segmenter_new (t->rules, &error) : NULL;
  t->x = t->seg ? cg_extractor_new (t->rules, &error) : NULL;
  t->pairs = t->x ? cg_brat_pairs (text_dir, ann_dir, &error) : NULL;
  if (t->pairs == NULL)
    {
      fprintf (stderr, "%s: %s\n", prog, error->message);
      g_error_free (error);
      cg_brat_trainer_close (t);
      return 1;
    }
  return 0;
}

/* Frees what cg_brat_trainer_open() made and clears T. */
void
cg_brat_trainer_close (CgBratTrainer *t)
{
  if (t->pairs)
    g_ptr_array_unref (t->pairs);
  cg_extractor_free (t->x);
  cg_segmenter_free (t->seg);
  cg_reader_free (t->reader);
  cg_rules_free (t->rules);
  memset (t, 0, sizeof *t);
}
