/* modelfile.c: reading and writing the learned models' files (see
 * cg-modelfile.h), one code for the tagger and the bounds chooser so
 * that both report a broken file the same way: through cg_rules_fail(),
 * naming the file and line. */
#include "cg-modelfile.h"
#include "cg-model.h"
#include "cg-rules.h"

#include <stdlib.h>
#include <string.h>

/* Reads the header of DATA (LEN bytes, the file PATH) up to its
 * "weights" line: *BITS, the word lines' words appended to WORDS (new
 * strings, WORDS frees them), *POS the byte after "weights\n" and *LINE
 * that line's number.  Returns FALSE with ERROR set on a broken header. */
gboolean
cg_modelfile_parse_header (const CgModelFormat *fmt, const char *path, const char *data, gsize len,
                           guint *bits, GPtrArray *words, gsize *pos, guint *line, GError **error)
{
  return cg_modelfile_parse_header_full (fmt, path, data, len, bits, words, NULL, NULL, pos, line, error);
}

/* cg_modelfile_parse_header() where the header may also hold one line
 * "EXTRA_KEY value" (when EXTRA_KEY is not NULL): its value into *EXTRA
 * (a new string the caller frees; NULL when the line is absent). */
gboolean
cg_modelfile_parse_header_full (const CgModelFormat *fmt, const char *path, const char *data, gsize len,
                                guint *bits, GPtrArray *words, const char *extra_key, char **extra, gsize *pos,
                                guint *line, GError **error)
{
  gsize extra_len = extra_key ? strlen (extra_key) : 0;
  if (extra)
    *extra = NULL;
  gboolean have_bits = FALSE, have_labels = fmt->labels == NULL, have_features = FALSE;
  gsize key_len = strlen (fmt->word_key);
  *pos = 0;
  *line = 0;
  *bits = 0;
  for (;;)
    {
      (*line)++;
      const char *nl = *pos < len ? memchr (data + *pos, '\n', len - *pos) : NULL;
      if (nl == NULL)
        {
          if (extra)
            g_clear_pointer (extra, g_free);
          return cg_rules_fail (error, path, *line, "unexpected end of file before the \"weights\" line");
        }
      char *ln = g_strndup (data + *pos, (gsize) (nl - (data + *pos)));
      *pos = (gsize) (nl - data) + 1;
      g_strchomp (ln);
      gboolean ok = TRUE, done = FALSE;
      if (*line == 1)
        {
          char *want = g_strdup_printf ("%s %d", fmt->magic, fmt->version);
          if (strcmp (ln, want) != 0)
            ok = cg_rules_fail (error, path, *line, "not a claimgraph %s model of version %d (expected \"%s\")",
                                fmt->kind, fmt->version, want);
          g_free (want);
        }
      else if (g_str_has_prefix (ln, "bits "))
        {
          char *end;
          guint64 b = g_ascii_strtoull (ln + 5, &end, 10);
          if (*end || b < 8 || b > 24)
            ok = cg_rules_fail (error, path, *line, "bits must be a number from 8 to 24");
          *bits = (guint) b;
          have_bits = TRUE;
        }
      else if (g_str_has_prefix (ln, "features "))
        {
          if (strtol (ln + 9, NULL, 10) != fmt->features)
            ok = cg_rules_fail (error, path, *line, "made for %s features, this claimgraph computes %d: retrain it",
                                ln + 9, fmt->features);
          have_features = TRUE;
        }
      else if (fmt->labels && g_str_has_prefix (ln, "labels "))
        {
          if (strcmp (ln + 7, fmt->labels) != 0)
            ok = cg_rules_fail (error, path, *line, "labels must be \"%s\"", fmt->labels);
          have_labels = TRUE;
        }
      else if (strncmp (ln, fmt->word_key, key_len) == 0 && ln[key_len] == ' ')
        {
          const char *w = ln + key_len + 1;
          if (w[0] == '\0' || strchr (w, ' '))
            ok = cg_rules_fail (error, path, *line, "%s", fmt->word_error);
          else
            g_ptr_array_add (words, g_strdup (w));
        }
      else if (extra_key && strncmp (ln, extra_key, extra_len) == 0 && ln[extra_len] == ' ' && extra)
        {
          if (*extra)
            ok = cg_rules_fail (error, path, *line, "a second \"%s\" line", extra_key);
          else
            *extra = g_strdup (ln + extra_len + 1);
        }
      else if (strcmp (ln, "weights") == 0)
        {
          if (!have_bits || !have_labels || !have_features)
            ok = cg_rules_fail (error, path, *line, fmt->labels
                                ? "\"bits\", \"features\" and \"labels\" must come before \"weights\""
                                : "\"bits\" and \"features\" must come before \"weights\"");
          done = TRUE;
        }
      else
        ok = cg_rules_fail (error, path, *line, "unknown line \"%.40s\"", ln);
      g_free (ln);
      if (!ok && extra)
        g_clear_pointer (extra, g_free);
      if (!ok)
        return FALSE;
      if (done)
        return TRUE;
    }
}

/* Whether the weights after byte POS of a file of LEN bytes are the NEED
 * bytes BITS calls for; FALSE with ERROR set naming the line after
 * "weights" (LINE) if not. */
gboolean
cg_modelfile_check_size (const char *path, gsize len, gsize pos, guint line, gsize need, guint bits,
                         GError **error)
{
  if (len - pos == need)
    return TRUE;
  return cg_rules_fail (error, path, line + 1, "the weights after byte %" G_GSIZE_FORMAT " are %" G_GSIZE_FORMAT
                        " bytes, %" G_GSIZE_FORMAT " expected for bits %u", pos, len - pos, need, bits);
}

/* N weights from W into OUT.  Returns W past them. */
const guchar *
cg_modelfile_get_weights (const guchar *w, gint16 *out, gsize n)
{
  for (gsize i = 0; i < n; i++, w += 2)
    out[i] = (gint16) (guint16) (w[0] | (w[1] << 8));
  return w;
}

/* Appends the header of FMT to OUT, with BITS and the words of WORDS
 * (strings), up to and with the "weights" line. */
void
cg_modelfile_append_header (GString *out, const CgModelFormat *fmt, guint bits, const GPtrArray *words)
{
  cg_modelfile_append_header_full (out, fmt, bits, words, NULL);
}

/* The same with the line EXTRA ("KEY value", no newline) after the
 * labels when it is not NULL. */
void
cg_modelfile_append_header_full (GString *out, const CgModelFormat *fmt, guint bits, const GPtrArray *words,
                                 const char *extra)
{
  g_string_append_printf (out, "%s %d\nbits %u\nfeatures %d\n", fmt->magic, fmt->version, bits, fmt->features);
  if (fmt->labels)
    g_string_append_printf (out, "labels %s\n", fmt->labels);
  if (extra)
    g_string_append_printf (out, "%s\n", extra);
  for (guint i = 0; i < words->len; i++)
    g_string_append_printf (out, "%s %s\n", fmt->word_key, (const char *) g_ptr_array_index (words, i));
  g_string_append (out, "weights\n");
}

/* Appends the N weights W to OUT. */
void
cg_modelfile_append_weights (GString *out, const gint16 *w, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      guint16 v = (guint16) w[i];
      g_string_append_c (out, (char) (v & 0xFF));
      g_string_append_c (out, (char) (v >> 8));
    }
}

/* The bytes of the model file PATH into *LEN.  Returns a new buffer
 * (the caller frees it), NULL with ERROR set (CG_ERROR_RULES, naming
 * PATH) when it cannot be read. */
char *
cg_modelfile_read (const char *path, gsize *len, GError **error)
{
  char *data;
  GError *local = NULL;
  if (!g_file_get_contents (path, &data, len, &local))
    {
      g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s: %s", path, local->message);
      g_error_free (local);
      return NULL;
    }
  return data;
}

/* Writes OUT to PATH; FALSE with ERROR set (CG_ERROR_IO, naming PATH) if
 * it cannot. */
gboolean
cg_modelfile_write (const char *path, const GString *out, GError **error)
{
  GError *local = NULL;
  gboolean ok = g_file_set_contents (path, out->str, (gssize) out->len, &local);
  if (!ok)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: %s", path, local->message);
      g_error_free (local);
    }
  return ok;
}
