/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-totals-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-profile-store.h"
#include "ethos-store-private.h"
#include "ethos-totals-store.h"

/* Totals against a body's rules: the facts are read in one indexed query over the range, and
 * the arithmetic is core's (ethos-diary-totals.c). */

/* Rules with nothing set: totals for a practitioner who has named no body yet. */
EthosBodyRules *
ethos_body_rules_new_unset (void)
{
  static const char text[] = "[Body]\nId=none\nName=No body\nShortName=None\n";
  g_autoptr (GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  EthosBodyRules *rules = ethos_body_rules_parse (bytes, NULL);

  g_assert (rules != NULL);
  g_free (rules->name);
  /* Translators: the heading of the totals when no professional body is in the profile */
  rules->name = g_strdup (_("No body"));
  return rules;
}

static void
copy_date (char target[11], const char *text)
{
  g_strlcpy (target, text != NULL ? text : "", 11);
}

/* The supervision sessions dated @from to @to (YYYY-MM-DD), as facts whose text lives in
 * @strings. NULL on a failed read. */
GArray *
ethos_store_read_supervision_facts (EthosStore    *self,
                                    const char    *from,
                                    const char    *to,
                                    GStringChunk  *strings,
                                    GError       **error)
{
  g_autoptr (GArray) facts = g_array_new (FALSE, TRUE, sizeof (EthosSupervisionFact));
  sqlite3_stmt *stmt;
  EthosStep step;

  stmt = ethos_store_prepare (self,
                              "SELECT date, minutes, format, coalesce (group_size, -1), "
                              "  coalesce (client_minutes, -1) "
                              "FROM entries WHERE kind = 'supervision' AND date BETWEEN ?1 AND ?2",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      EthosSupervisionFact fact = { 0 };

      copy_date (fact.date, (const char *) sqlite3_column_text (stmt, 0));
      fact.minutes = sqlite3_column_int (stmt, 1);
      ethos_supervision_format_from_string ((const char *) sqlite3_column_text (stmt, 2),
                                            &fact.format, NULL);
      fact.group_size = sqlite3_column_int (stmt, 3);
      fact.client_minutes = sqlite3_column_int (stmt, 4);
      g_array_append_val (facts, fact);
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&facts);
}

/* The CPD activities begun @from to @to (YYYY-MM-DD), as facts whose text lives in @strings.
 * NULL on a failed read. */
GArray *
ethos_store_read_cpd_facts (EthosStore    *self,
                            const char    *from,
                            const char    *to,
                            GStringChunk  *strings,
                            GError       **error)
{
  g_autoptr (GArray) facts = g_array_new (FALSE, TRUE, sizeof (EthosCpdFact));
  sqlite3_stmt *stmt;
  EthosStep step;

  stmt = ethos_store_prepare (self,
                              "SELECT date, coalesce (end_date, ''), minutes, cpd_kind, topics, reflection <> '' "
                              "FROM entries WHERE kind = 'cpd' AND date BETWEEN ?1 AND ?2",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  while ((step = ethos_store_step (self, stmt, error)) == ETHOS_STEP_ROW)
    {
      EthosCpdFact fact = { 0 };

      copy_date (fact.date, (const char *) sqlite3_column_text (stmt, 0));
      copy_date (fact.end_date, (const char *) sqlite3_column_text (stmt, 1));
      fact.minutes = sqlite3_column_int (stmt, 2);
      fact.kind = g_string_chunk_insert_const (strings, (const char *) sqlite3_column_text (stmt, 3));
      fact.topics = g_string_chunk_insert_const (strings,
                                                 (const char *) sqlite3_column_text (stmt, 4));
      fact.reflected = sqlite3_column_int (stmt, 5) != 0;
      g_array_append_val (facts, fact);
    }
  sqlite3_reset (stmt);
  if (step == ETHOS_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&facts);
}

GArray *
ethos_store_supervision_totals (EthosStore            *self,
                                const EthosBodyRules  *rules,
                                const char            *from_month,
                                const char            *to_month,
                                GError               **error)
{
  g_autoptr (GStringChunk) strings = g_string_chunk_new (256);
  g_autofree char *from = g_strdup_printf ("%s-01", from_month);
  g_autofree char *to = g_strdup_printf ("%s-31", to_month);
  g_autoptr (GArray) facts = ethos_store_read_supervision_facts (self, from, to, strings, error);

  if (facts == NULL)
    return NULL;
  return ethos_supervision_month_totals (rules, (EthosSupervisionFact *) facts->data, facts->len,
                                         from_month, to_month);
}

int
ethos_store_lookup_opening_balance (const char *period_start, gpointer data)
{
  EthosBalanceLookup *lookup = data;

  return ethos_store_get_opening_balance (lookup->store, lookup->body_id, period_start);
}

/* CPD per period of the body, for the periods from the one holding @from to the one holding @to
 * (today, in practice). */
GArray *
ethos_store_cpd_totals (EthosStore            *self,
                        const EthosBodyRules  *rules,
                        const char            *from,
                        const char            *to,
                        GError               **error)
{
  g_autoptr (GStringChunk) strings = g_string_chunk_new (256);
  g_autoptr (GArray) facts = NULL;
  char first[11] = "", last[11] = "";
  EthosBalanceLookup lookup = { self, rules->id };
  g_autofree char *anchor = ethos_store_get_cpd_anchor (self, rules->id);

  /* Read from the start of the first period, which may be before @from. */
  if (!ethos_cpd_period_bounds (rules, anchor, from, first, last))
    g_strlcpy (first, from, sizeof first);
  facts = ethos_store_read_cpd_facts (self, first, to, strings, error);
  if (facts == NULL)
    return NULL;
  return ethos_cpd_periods (rules, (EthosCpdFact *) facts->data, facts->len, anchor, from, to,
                            ethos_store_lookup_opening_balance, &lookup);
}

int
ethos_store_cpd_minutes (EthosStore *self, const char *from, const char *to)
{
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt = ethos_store_prepare (self,
                                            "SELECT coalesce (sum (minutes), 0) FROM entries "
                                            "WHERE kind = 'cpd' AND date BETWEEN ?1 AND ?2",
                                            &error);
  int minutes = 0;

  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
      if (ethos_store_step (self, stmt, &error) == ETHOS_STEP_ROW)
        minutes = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }
  if (error != NULL)
    g_warning ("Could not read the CPD minutes: %s", error->message);
  return minutes;
}
