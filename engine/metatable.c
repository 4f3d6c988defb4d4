/* metatable.c: a corpus's metadata table (TSV or CSV), read once, looked up
 * per article.
 *
 * The whole file is checked before anything is kept: a table with one bad
 * row is an error naming the file and the line, never half a table, so an
 * ingest given a broken table stops before it writes anything.  Column
 * names and the order of slash dates come from metadata.rules; the table's
 * strings live in one GStringChunk, its rows in one array.
 */
#include "cg-metatable.h"
#include "cg-model.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

enum { COL_KEY, COL_TITLE, COL_AUTHOR, COL_OUTLET, COL_DATE, N_COLS };

static const char *const col_fields[N_COLS] = { "key", "title", "author", "outlet", "date" };

struct _CgMetaTable {
  GStringChunk *strings;
  GArray       *rows;  /* CgMetaRow */
  GHashTable   *index; /* key (borrowed from strings) -> row number + 1 */
};

typedef struct {
  const char *path;
  const char *data;
  gsize       len, pos;
  guint       line;     /* line of pos, 1-based */
  char        sep;
  gboolean    quoting;  /* CSV: fields may be "quoted" */
  gboolean    dmy;      /* 1/2/18 is 1 February, not 2 January */
} Parser;

static gboolean
table_error (GError **error, const char *path, guint line, const char *fmt, ...) G_GNUC_PRINTF (4, 5);

static gboolean
table_error (GError **error, const char *path, guint line, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  if (line)
    g_set_error (error, CG_ERROR, CG_ERROR_INPUT, "%s: line %u: %s", path, line, msg);
  else
    g_set_error (error, CG_ERROR, CG_ERROR_INPUT, "%s: %s", path, msg);
  g_free (msg);
  return FALSE;
}

/* Read one record's fields into FIELDS (new strings).  Returns FALSE at the
 * end of the data or on an error (set).  Blank lines are skipped; *LINE is
 * the line the record starts on. */
static gboolean
next_record (Parser *p, GPtrArray *fields, guint *line, gboolean *ok, GError **error)
{
  g_ptr_array_set_size (fields, 0);
  while (p->pos < p->len && (p->data[p->pos] == '\n' || p->data[p->pos] == '\r'))
    {
      if (p->data[p->pos] == '\n')
        p->line++;
      p->pos++;
    }
  if (p->pos >= p->len)
    return FALSE;
  *line = p->line;
  GString *f = g_string_new (NULL);
  for (;;)
    {
      gboolean quoted = p->quoting && p->pos < p->len && p->data[p->pos] == '"';
      g_string_truncate (f, 0);
      if (quoted)
        {
          guint opened = p->line;
          p->pos++;
          for (;;)
            {
              if (p->pos >= p->len)
                {
                  *ok = table_error (error, p->path, opened, "a quoted field is not closed");
                  g_string_free (f, TRUE);
                  return FALSE;
                }
              char c = p->data[p->pos++];
              if (c == '"')
                {
                  if (p->pos < p->len && p->data[p->pos] == '"')
                    p->pos++;
                  else
                    break;
                }
              else if (c == '\r')
                continue;
              else if (c == '\n')
                p->line++;
              g_string_append_c (f, c);
            }
          if (p->pos < p->len && p->data[p->pos] != p->sep && p->data[p->pos] != '\n'
              && p->data[p->pos] != '\r')
            {
              *ok = table_error (error, p->path, p->line, "text after the closing quote of field %u",
                                 fields->len + 1);
              g_string_free (f, TRUE);
              return FALSE;
            }
        }
      else
        {
          gsize s = p->pos;
          while (p->pos < p->len && p->data[p->pos] != p->sep && p->data[p->pos] != '\n')
            p->pos++;
          gsize e = p->pos;
          if (e > s && p->data[e - 1] == '\r')
            e--;
          g_string_append_len (f, p->data + s, e - s);
        }
      g_ptr_array_add (fields, g_strstrip (g_strdup (f->str)));
      if (p->pos < p->len && p->data[p->pos] == p->sep)
        {
          p->pos++;
          continue;
        }
      while (p->pos < p->len && p->data[p->pos] == '\r')
        p->pos++;
      if (p->pos < p->len && p->data[p->pos] == '\n')
        {
          p->pos++;
          p->line++;
        }
      break;
    }
  g_string_free (f, TRUE);
  return TRUE;
}

static gboolean
digits (const char *s, guint n, guint *value)
{
  guint v = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (guint) (s[i] - '0');
    }
  *value = v;
  return TRUE;
}

/* A table date as yyyy-mm-dd in OUT: "2016-09-20" (a time after it, as in
 * "2016-09-20T08:00:00Z" or "2016-09-20 08:00", is dropped), "2016/09/20",
 * or a slash date "1/21/18", "21/1/2018" read month first or day first as
 * metadata.rules' table_slash_dates says; a two-digit year is 19yy from 69
 * on and 20yy below, as POSIX strptime's %y.  OUT is left empty for a date
 * outside 1800-2200.  FALSE when S is not a calendar date. */
static gboolean
table_date (const char *s, gboolean dmy, char out[11])
{
  guint y, m, d;
  gsize n = strlen (s);
  if (n >= 10 && digits (s, 4, &y) && (s[4] == '-' || s[4] == '/') && digits (s + 5, 2, &m) && s[7] == s[4]
      && digits (s + 8, 2, &d) && (n == 10 || s[10] == 'T' || s[10] == ' '))
    ;
  else
    {
      guint a, b, l[3] = { 0 }, v[3];
      const char *p = s;
      for (guint k = 0; k < 3; k++)
        {
          while (g_ascii_isdigit (p[l[k]]))
            l[k]++;
          if (l[k] == 0 || !digits (p, l[k], &v[k]) || (k < 2 && p[l[k]] != '/'))
            return FALSE;
          p += l[k] + (k < 2);
        }
      if (*p != '\0' || l[0] > 2 || l[1] > 2 || (l[2] != 2 && l[2] != 4))
        return FALSE;
      a = v[0];
      b = v[1];
      m = dmy ? b : a;
      d = dmy ? a : b;
      y = l[2] == 4 ? v[2] : (v[2] >= 69 ? 1900 + v[2] : 2000 + v[2]);
    }
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  /* Exports write placeholders such as 0001-11-30 for "no date": a real
   * calendar date, but none a news article has. */
  if (y < 1800 || y > 2200)
    out[0] = '\0';
  else
    g_snprintf (out, 11, "%04u-%02u-%02u", y, m, d);
  return TRUE;
}

/* Which column of the header is which field: -1 for none.  A header name
 * is matched case-insensitively against [table-columns]. */
static gboolean
map_header (CgRules *rules, Parser *p, GPtrArray *header, guint line, int cols[N_COLS], GError **error)
{
  GPtrArray *names = cg_rules_entries (rules, "metadata", "table-columns");
  for (guint c = 0; c < N_COLS; c++)
    cols[c] = -1;
  for (guint i = 0; i < header->len; i++)
    {
      char *h = g_utf8_casefold (g_ptr_array_index (header, i), -1);
      for (guint r = 0; r < names->len; r++)
        {
          const CgRule *rule = g_ptr_array_index (names, r);
          const char *field = cg_rule_attr (rule, "field");
          char *name = g_utf8_casefold (rule->phrase, -1);
          gboolean same = strcmp (name, h) == 0;
          g_free (name);
          if (!same || field == NULL)
            continue;
          for (guint c = 0; c < N_COLS; c++)
            if (strcmp (field, col_fields[c]) == 0 && cols[c] < 0)
              cols[c] = (int) i;
        }
      g_free (h);
    }
  if (cols[COL_KEY] >= 0)
    return TRUE;
  GString *known = g_string_new (NULL);
  for (guint r = 0; r < names->len; r++)
    {
      const CgRule *rule = g_ptr_array_index (names, r);
      const char *field = cg_rule_attr (rule, "field");
      if (field && strcmp (field, "key") == 0)
        g_string_append_printf (known, "%s\"%s\"", known->len ? ", " : "", rule->phrase);
    }
  table_error (error, p->path, line,
               "no column names the article: the header needs one of %s (metadata.rules, [table-columns])",
               known->str);
  g_string_free (known, TRUE);
  return FALSE;
}

static char *
keep (CgMetaTable *t, const char *s)
{
  return *s ? g_string_chunk_insert_const (t->strings, s) : NULL;
}

/* The file name of PATH, and the file name without its extension (new). */
static char *
stem_of (const char *name)
{
  const char *dot = strrchr (name, '.');
  return dot && dot != name ? g_strndup (name, (gsize) (dot - name)) : g_strdup (name);
}

static gboolean
parse (CgRules *rules, CgMetaTable *t, Parser *p, GError **error)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (guint)); /* row -> its line */
  char *key_name = NULL;
  guint line = 0;
  int cols[N_COLS];
  gboolean ok = TRUE;
  if (!next_record (p, fields, &line, &ok, error))
    {
      if (ok)
        ok = table_error (error, p->path, 0, "the metadata table is empty: no header row");
      goto out;
    }
  guint n_fields = fields->len;
  if (!(ok = map_header (rules, p, fields, line, cols, error)))
    goto out;
  key_name = g_strdup (g_ptr_array_index (fields, cols[COL_KEY]));
  while (next_record (p, fields, &line, &ok, error))
    {
      if (fields->len != n_fields)
        {
          ok = table_error (error, p->path, line, "%u fields where the header has %u", fields->len, n_fields);
          goto out;
        }
      const char *key = g_ptr_array_index (fields, cols[COL_KEY]);
      if (*key == '\0')
        {
          ok = table_error (error, p->path, line, "the article column (\"%s\") is empty", key_name);
          goto out;
        }
      CgMetaRow row = { 0 };
      const char **slot[N_COLS] = { NULL, &row.title, &row.author, &row.outlet, &row.date };
      for (guint c = COL_TITLE; c < N_COLS; c++)
        if (cols[c] >= 0)
          *slot[c] = keep (t, g_ptr_array_index (fields, cols[c]));
      if (row.date)
        {
          char iso[11];
          if (!table_date (row.date, p->dmy, iso))
            {
              ok = table_error (error, p->path, line,
                                "\"%s\" is not a date (yyyy-mm-dd, or m/d/yy as table_slash_dates says)",
                                row.date);
              goto out;
            }
          row.date = keep (t, iso);
        }
      const char *k = g_string_chunk_insert_const (t->strings, key);
      guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (t->index, k));
      if (seen)
        {
          ok = table_error (error, p->path, line, "the article \"%s\" was already given on line %u", key,
                            g_array_index (lines, guint, seen - 1));
          goto out;
        }
      g_array_append_val (lines, line);
      g_array_append_val (t->rows, row);
      g_hash_table_insert (t->index, (gpointer) k, GUINT_TO_POINTER (t->rows->len));
    }
out:
  g_free (key_name);
  g_array_unref (lines);
  g_ptr_array_unref (fields);
  return ok;
}

CgMetaTable *
cg_meta_table_load (CgRules *rules, const char *path, GError **error)
{
  GStatBuf st;
  if (g_stat (path, &st) != 0)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: cannot read the metadata table: %s", path,
                   g_strerror (errno));
      return NULL;
    }
  if (st.st_size > CG_MAX_META_TABLE_BYTES)
    {
      table_error (error, path, 0, "the metadata table is too big: %" G_GINT64_FORMAT " bytes (limit %d)",
                   (gint64) st.st_size, CG_MAX_META_TABLE_BYTES);
      return NULL;
    }
  char *data = NULL;
  gsize len = 0;
  GError *local = NULL;
  if (!g_file_get_contents (path, &data, &len, &local))
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: cannot read the metadata table: %s", path, local->message);
      g_error_free (local);
      return NULL;
    }
  const char *bad = NULL;
  const char *nul = memchr (data, '\0', len);
  if (nul || !g_utf8_validate_len (data, len, &bad))
    {
      gsize at = nul ? (gsize) (nul - data) : (gsize) (bad - data);
      guint line = 1;
      for (gsize i = 0; i < at; i++)
        line += data[i] == '\n';
      table_error (error, path, line, "byte %" G_GSIZE_FORMAT ": the metadata table is not UTF-8 text", at);
      g_free (data);
      return NULL;
    }
  Parser p = { .path = path, .data = data, .len = len, .line = 1 };
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    p.pos = 3;
  /* Tab-separated unless the header row has commas and no tab. */
  const char *nl = memchr (data + p.pos, '\n', len - p.pos);
  gsize hl = nl ? (gsize) (nl - data) : len;
  gboolean tab = memchr (data + p.pos, '\t', hl - p.pos) != NULL;
  p.sep = tab ? '\t' : ',';
  p.quoting = !tab;
  const char *order = cg_rules_string (rules, "metadata", "table_slash_dates");
  p.dmy = order && g_ascii_strcasecmp (order, "dmy") == 0;

  CgMetaTable *t = g_new0 (CgMetaTable, 1);
  t->strings = g_string_chunk_new (64 * 1024);
  t->rows = g_array_new (FALSE, FALSE, sizeof (CgMetaRow));
  t->index = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean ok = parse (rules, t, &p, error);
  g_free (data);
  if (!ok)
    {
      cg_meta_table_free (t);
      return NULL;
    }
  return t;
}

void
cg_meta_table_free (CgMetaTable *t)
{
  if (t == NULL)
    return;
  g_hash_table_unref (t->index);
  g_array_unref (t->rows);
  g_string_chunk_free (t->strings);
  g_free (t);
}

static const CgMetaRow *
row_of (const CgMetaTable *t, const char *key)
{
  guint i = GPOINTER_TO_UINT (g_hash_table_lookup (t->index, key));
  return i ? &g_array_index (t->rows, CgMetaRow, i - 1) : NULL;
}

const CgMetaRow *
cg_meta_table_lookup (const CgMetaTable *t, const char *path)
{
  if (t == NULL || path == NULL)
    return NULL;
  const CgMetaRow *row = row_of (t, path);
  if (row)
    return row;
  const char *slash = strrchr (path, '/');
  const char *name = slash ? slash + 1 : path;
  if ((row = row_of (t, name)) != NULL)
    return row;
  char *stem = stem_of (name);
  row = row_of (t, stem);
  g_free (stem);
  return row;
}

guint
cg_meta_table_size (const CgMetaTable *t)
{
  return t ? t->rows->len : 0;
}
