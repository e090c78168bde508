/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-limits.h"
#include "ethos-date.h"
#include "ethos-entry.h"

const char *const ethos_supervision_formats[] = { "individual", "group", "peer", NULL };
const char *const ethos_supervision_modes[] = { "in-person", "video", "phone", NULL };
/* HCPC's types of CPD activity. */
const char *const ethos_cpd_kinds[] = { "formal", "work-based", "professional", "self-directed",
                                        "other", NULL };

/* Longest CPD activity one entry may hold: a residential course, not a career. */
#define MAX_CPD_DAYS 31

G_DEFINE_FINAL_TYPE (EthosEntry, ethos_entry, G_TYPE_OBJECT)

static void
ethos_entry_finalize (GObject *object)
{
  EthosEntry *self = ETHOS_ENTRY (object);

  g_free (self->date);
  g_free (self->end_date);
  g_free (self->supervisor);
  g_free (self->format);
  g_free (self->mode);
  g_free (self->notes);
  g_free (self->actions);
  g_free (self->title);
  g_free (self->provider);
  g_free (self->cpd_kind);
  g_free (self->outcomes);
  g_free (self->impact);
  g_free (self->reflection);
  g_clear_pointer (&self->clauses, g_ptr_array_unref);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_entry_parent_class)->finalize (object);
}

static void
ethos_entry_class_init (EthosEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_entry_finalize;
}

static void
ethos_entry_init (EthosEntry *self)
{
  self->group_size = -1;
  self->client_minutes = -1;
  self->notes = g_strdup ("");
  self->actions = g_strdup ("");
  self->reflection = g_strdup ("");
  self->outcomes = g_strdup ("");
  self->impact = g_strdup ("");
  self->title = g_strdup ("");
  self->provider = g_strdup ("");
  self->supervisor = g_strdup ("");
  self->clauses = g_ptr_array_new_with_free_func (g_free);
  self->evidence = g_ptr_array_new_with_free_func (g_free);
}

EthosEntry *
ethos_entry_new (EthosEntryKind kind)
{
  EthosEntry *self = g_object_new (ETHOS_TYPE_ENTRY, NULL);

  self->kind = kind;
  if (kind == ETHOS_ENTRY_SUPERVISION)
    {
      self->format = g_strdup ("individual");
      self->mode = g_strdup ("in-person");
    }
  else
    self->cpd_kind = g_strdup ("formal");
  return self;
}

static GPtrArray *
copy_strings (GPtrArray *array)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < array->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (array, i)));
  return copy;
}

EthosEntry *
ethos_entry_copy (EthosEntry *self)
{
  EthosEntry *copy;

  g_return_val_if_fail (ETHOS_IS_ENTRY (self), NULL);

  copy = g_object_new (ETHOS_TYPE_ENTRY, NULL);
  copy->id = self->id;
  copy->kind = self->kind;
  copy->minutes = self->minutes;
  copy->group_size = self->group_size;
  copy->client_minutes = self->client_minutes;
#define COPY_STR(field) g_free (copy->field); copy->field = g_strdup (self->field)
  COPY_STR (date);
  COPY_STR (end_date);
  COPY_STR (supervisor);
  COPY_STR (format);
  COPY_STR (mode);
  COPY_STR (notes);
  COPY_STR (actions);
  COPY_STR (title);
  COPY_STR (provider);
  COPY_STR (cpd_kind);
  COPY_STR (outcomes);
  COPY_STR (impact);
  COPY_STR (reflection);
#undef COPY_STR
  g_ptr_array_unref (copy->clauses);
  copy->clauses = copy_strings (self->clauses);
  g_ptr_array_unref (copy->evidence);
  copy->evidence = copy_strings (self->evidence);
  return copy;
}

const char *
ethos_entry_kind_to_string (EthosEntryKind kind)
{
  return kind == ETHOS_ENTRY_SUPERVISION ? "supervision" : "cpd";
}

gboolean
ethos_entry_kind_from_string (const char *text, EthosEntryKind *kind)
{
  if (g_strcmp0 (text, "supervision") == 0)
    *kind = ETHOS_ENTRY_SUPERVISION;
  else if (g_strcmp0 (text, "cpd") == 0)
    *kind = ETHOS_ENTRY_CPD;
  else
    return FALSE;
  return TRUE;
}

/* What a list shows as the entry's name: the supervisor, or the CPD title. */
const char *
ethos_entry_get_label (EthosEntry *self)
{
  g_return_val_if_fail (ETHOS_IS_ENTRY (self), NULL);

  if (self->kind == ETHOS_ENTRY_CPD)
    return self->title;
  return self->supervisor;
}

/* @message has two %s: the value, then the choices. */
static gboolean
check_choice (const char *value, const char *const *choices, const char *message, GError **error)
{
  g_autofree char *list = NULL;

  if (value != NULL && g_strv_contains (choices, value))
    return TRUE;
  list = g_strjoinv (", ", (char **) choices);
  g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE, message,
               value != NULL ? value : "", list);
  return FALSE;
}

static gboolean
check_text (const char *text, const char *message, GError **error)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT, message);
      return FALSE;
    }
  return TRUE;
}

/* Everything a stored entry must be. The store refuses an entry this refuses. */
gboolean
ethos_entry_validate (EthosEntry *self, GError **error)
{
  GDate date, end;

  g_return_val_if_fail (ETHOS_IS_ENTRY (self), FALSE);

  if (!ethos_date_parse (self->date, &date, error))
    return FALSE;
  if (!check_text (self->notes, _("The note is not valid UTF-8 text"), error)
      || !check_text (self->actions, _("The actions are not valid UTF-8 text"), error)
      || !check_text (self->reflection, _("The reflection is not valid UTF-8 text"), error)
      || !check_text (self->outcomes, _("The learning outcomes are not valid UTF-8 text"), error)
      || !check_text (self->impact, _("The impact is not valid UTF-8 text"), error)
      || !check_text (self->title, _("The title is not valid UTF-8 text"), error)
      || !check_text (self->provider, _("The provider is not valid UTF-8 text"), error)
      || !check_text (self->supervisor, _("The supervisor is not valid UTF-8 text"), error))
    return FALSE;

  if (self->kind == ETHOS_ENTRY_SUPERVISION)
    {
      if (self->minutes <= 0 || self->minutes > ETHOS_MINUTES_PER_DAY)
        {
          g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION,
                       _("A supervision session lasts from 1 minute to 24 hours"));
          return FALSE;
        }
      if (!check_choice (self->format, ethos_supervision_formats,
                         _("“%s” is not a supervision format: choose one of %s"), error)
          || !check_choice (self->mode, ethos_supervision_modes,
                            _("“%s” is not a way of meeting: choose one of %s"), error))
        return FALSE;
      if (g_strcmp0 (self->format, "individual") != 0
          && (self->group_size < ETHOS_GROUP_SIZE_MIN || self->group_size > ETHOS_GROUP_SIZE_MAX))
        {
          /* Translators: the fewest and the most people a group may have */
          g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                       _("Give the number of people in the group (%d to %d), yourself included"),
                       ETHOS_GROUP_SIZE_MIN, ETHOS_GROUP_SIZE_MAX);
          return FALSE;
        }
      if (self->client_minutes < -1 || self->client_minutes > 100000 * 60)
        {
          g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION,
                       _("The client hours since the last session are not possible"));
          return FALSE;
        }
      return TRUE;
    }

  {
    g_autofree char *stripped = g_strstrip (g_strdup (self->title != NULL ? self->title : ""));

    if (stripped[0] == '\0')
      {
        g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT,
                     _("A CPD activity needs a title"));
        return FALSE;
      }
  }
  if (!check_choice (self->cpd_kind, ethos_cpd_kinds,
                     _("“%s” is not a kind of CPD: choose one of %s"), error))
    return FALSE;
  {
    int days = 1;

    if (self->end_date != NULL && self->end_date[0] != '\0')
      {
        if (!ethos_date_parse (self->end_date, &end, error))
          return FALSE;
        if (g_date_compare (&end, &date) < 0)
          {
            g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                         _("The end date %s is before the start date %s"), self->end_date,
                         self->date);
            return FALSE;
          }
        days = g_date_days_between (&date, &end) + 1;
        if (days > MAX_CPD_DAYS)
          {
            g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                         g_dngettext (GETTEXT_PACKAGE,
                                      "One CPD entry can span at most %d day: record longer "
                                      "courses as several entries",
                                      "One CPD entry can span at most %d days: record longer "
                                      "courses as several entries",
                                      MAX_CPD_DAYS),
                         MAX_CPD_DAYS);
            return FALSE;
          }
      }
    if (self->minutes <= 0 || self->minutes > days * ETHOS_MINUTES_PER_DAY)
      {
        g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION,
                     _("The hours must be more than 0 and at most 24 for each day of the activity"));
        return FALSE;
      }
  }
  return TRUE;
}
