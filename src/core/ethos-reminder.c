/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminder"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-core-enums.h"
#include "ethos-date.h"
#include "ethos-enum.h"
#include "ethos-property.h"
#include "ethos-reminder.h"

/* Each kind's lead days, as the practitioner would set them (the critical ones start early), and
 * what it is, as a list of kinds names it. */
static const struct
{
  const char *leads;
  const char *name;
} kinds[] = {
  [ETHOS_REMINDER_KIND_DBS] = { "90,30,7", N_("DBS recheck") },
  [ETHOS_REMINDER_KIND_DBS_UPDATE_SERVICE] = { "30,7", N_("DBS Update Service") },
  [ETHOS_REMINDER_KIND_INSURANCE] = { "30,14,7,1", N_("Indemnity insurance") },
  [ETHOS_REMINDER_KIND_MEMBERSHIP] = { "30,7", N_("Membership renewal") },
  [ETHOS_REMINDER_KIND_ACCREDITATION] = { "90,30", N_("Accreditation renewal") },
  [ETHOS_REMINDER_KIND_ICO] = { "30,7", N_("ICO data protection fee") },
  [ETHOS_REMINDER_KIND_UNDERTAKING] = { "30,7", N_("Written undertaking") },
  [ETHOS_REMINDER_KIND_REPORT] = { "7,3,1", N_("Reports to a body") },
  [ETHOS_REMINDER_KIND_SUPERVISION] = { "7,1", N_("Supervision") },
  [ETHOS_REMINDER_KIND_CPD] = { "30,7", N_("CPD") },
  [ETHOS_REMINDER_KIND_TAX] = { "30,7", N_("Tax return") },
  [ETHOS_REMINDER_KIND_CUSTOM] = { "7,1", N_("Your own reminders") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == ETHOS_REMINDER_N_KINDS);

/* The longest lead that makes sense: a reminder more than two years ahead. */
#define MAX_LEAD_DAYS 730

G_DEFINE_FINAL_TYPE (EthosReminder, ethos_reminder, G_TYPE_OBJECT)

/* The fields widgets bind to. Each property reads and writes its public field. */
enum
{
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_KIND,
  PROP_DUE,
  PROP_SNOOZED_UNTIL,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ethos_reminder_finalize (GObject *object)
{
  EthosReminder *self = ETHOS_REMINDER (object);

  g_free (self->title);
  g_free (self->due);
  g_free (self->due_time);
  g_free (self->anchor);
  g_clear_pointer (&self->lead_days, g_array_unref);
  g_free (self->every);
  g_free (self->clause);
  g_free (self->notes);
  g_free (self->snoozed_until);

  G_OBJECT_CLASS (ethos_reminder_parent_class)->finalize (object);
}

static void
ethos_reminder_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  EthosReminder *self = ETHOS_REMINDER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_DUE:
      g_value_set_string (value, self->due);
      break;
    case PROP_SNOOZED_UNTIL:
      g_value_set_string (value, self->snoozed_until);
      break;
    case PROP_DONE:
      g_value_set_boolean (value, self->done);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_reminder_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EthosReminder *self = ETHOS_REMINDER (object);
  const char *text;

  switch (prop_id)
    {
    case PROP_ID:
      ETHOS_PROPERTY_SET (object, pspec, self->id, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      text = g_value_get_string (value); /* never NULL: NULL is taken as empty */
      ethos_property_set_string (object, pspec, &self->title, text != NULL ? text : "");
      break;
    case PROP_KIND:
      ETHOS_PROPERTY_SET (object, pspec, self->kind, g_value_get_enum (value));
      break;
    case PROP_DUE:
      ethos_property_set_string (object, pspec, &self->due, g_value_get_string (value));
      break;
    case PROP_SNOOZED_UNTIL:
      ethos_property_set_string (object, pspec, &self->snoozed_until, g_value_get_string (value));
      break;
    case PROP_DONE:
      ETHOS_PROPERTY_SET (object, pspec, self->done, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_reminder_class_init (EthosReminderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ethos_reminder_finalize;
  object_class->get_property = ethos_reminder_get_property;
  object_class->set_property = ethos_reminder_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                           ETHOS_PROPERTY_FLAGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", ETHOS_PROPERTY_FLAGS);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, ETHOS_TYPE_REMINDER_KIND,
                                             ETHOS_REMINDER_KIND_CUSTOM, ETHOS_PROPERTY_FLAGS);
  /* YYYY-MM-DD; snoozed-until is NULL when the reminder is not snoozed. */
  properties[PROP_DUE] = g_param_spec_string ("due", NULL, NULL, NULL, ETHOS_PROPERTY_FLAGS);
  properties[PROP_SNOOZED_UNTIL] = g_param_spec_string ("snoozed-until", NULL, NULL, NULL,
                                                        ETHOS_PROPERTY_FLAGS);
  properties[PROP_DONE] = g_param_spec_boolean ("done", NULL, NULL, FALSE, ETHOS_PROPERTY_FLAGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ethos_reminder_init (EthosReminder *self)
{
  self->kind = ETHOS_REMINDER_KIND_CUSTOM;
  self->title = g_strdup ("");
  self->every = g_strdup ("");
  self->notes = g_strdup ("");
  self->lead_days = g_array_new (FALSE, FALSE, sizeof (int));
}

/* @kind in words ("Indemnity insurance"), translated; NULL for a number that is no kind. */
const char *
ethos_reminder_kind_name (EthosReminderKind kind)
{
  if ((guint) kind >= ETHOS_REMINDER_N_KINDS)
    return NULL;
  return _(kinds[kind].name);
}

const char *
ethos_reminder_kind_to_string (EthosReminderKind kind)
{
  return ethos_enum_to_nick (ETHOS_TYPE_REMINDER_KIND, kind);
}

/* @text as a kind, or an input error that lists the kinds. */
gboolean
ethos_reminder_kind_from_string (const char *text, EthosReminderKind *kind, GError **error)
{
  return ethos_enum_from_nick (ETHOS_TYPE_REMINDER_KIND, text, (int *) kind,
                               _("“%s” is not a kind of reminder: choose one of %s"), error);
}

EthosReminder *
ethos_reminder_new (EthosReminderKind kind)
{
  EthosReminder *self = g_object_new (ETHOS_TYPE_REMINDER, NULL);

  self->kind = kind;
  ethos_reminder_set_default_leads (self);
  return self;
}

/* A reminder of @kind for @title, due on @due (YYYY-MM-DD) and repeating @every ("3y"; "" or
 * NULL for once), with its kind's lead days. */
EthosReminder *
ethos_reminder_new_due (EthosReminderKind  kind,
                        const char        *title,
                        const char        *due,
                        const char        *every)
{
  EthosReminder *self = ethos_reminder_new (kind);

  g_free (self->title);
  self->title = g_strdup (title);
  g_free (self->due);
  self->due = g_strdup (due);
  g_free (self->every);
  self->every = g_strdup (every != NULL ? every : "");
  return self;
}

EthosReminder *
ethos_reminder_copy (EthosReminder *self)
{
  EthosReminder *copy;

  g_return_val_if_fail (ETHOS_IS_REMINDER (self), NULL);

  copy = g_object_new (ETHOS_TYPE_REMINDER, NULL);
  copy->id = self->id;
  copy->kind = self->kind;
#define COPY_STR(field) g_free (copy->field); copy->field = g_strdup (self->field)
  COPY_STR (title);
  COPY_STR (due);
  COPY_STR (due_time);
  COPY_STR (anchor);
  COPY_STR (every);
  COPY_STR (clause);
  COPY_STR (notes);
  COPY_STR (snoozed_until);
#undef COPY_STR
  g_array_append_vals (copy->lead_days, self->lead_days->data, self->lead_days->len);
  copy->from_completion = self->from_completion;
  copy->done = self->done;
  return copy;
}

void
ethos_reminder_set_default_leads (EthosReminder *self)
{
  g_return_if_fail (ETHOS_IS_REMINDER (self));

  ethos_reminder_parse_leads (self, (guint) self->kind < ETHOS_REMINDER_N_KINDS
                                      ? kinds[self->kind].leads
                                      : kinds[ETHOS_REMINDER_KIND_CUSTOM].leads,
                              NULL);
}

char *
ethos_reminder_leads_to_string (EthosReminder *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->lead_days->len; i++)
    g_string_append_printf (text, "%s%d", i > 0 ? "," : "", g_array_index (self->lead_days, int, i));
  return g_string_free (text, FALSE);
}

static int
compare_descending (gconstpointer a, gconstpointer b)
{
  return *(const int *) b - *(const int *) a;
}

/* "30,7,1": whole days before the due date, 0 to two years; repeats dropped, largest first. */
gboolean
ethos_reminder_parse_leads (EthosReminder *self, const char *text, GError **error)
{
  g_auto (GStrv) parts = NULL;
  g_autoptr (GArray) leads = g_array_new (FALSE, FALSE, sizeof (int));

  g_return_val_if_fail (ETHOS_IS_REMINDER (self), FALSE);

  parts = g_strsplit (text != NULL ? text : "", ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      int days;
      gboolean seen = FALSE;

      g_strstrip (parts[i]);
      if (parts[i][0] == '\0' && parts[1] == NULL)
        break; /* no leads at all: only the due day and after */
      if (g_str_equal (parts[i], "0"))
        days = 0;
      else if (!ethos_count_parse (parts[i], 1, MAX_LEAD_DAYS, &days, NULL))
        {
          g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                       _("“%s” is not a number of days before the due date (0 to %d): write "
                         "them like 30,7,1"),
                       parts[i], MAX_LEAD_DAYS);
          return FALSE;
        }
      for (guint j = 0; j < leads->len; j++)
        seen |= g_array_index (leads, int, j) == days;
      if (!seen && days > 0)
        g_array_append_val (leads, days);
    }
  g_array_sort (leads, compare_descending);
  g_array_set_size (self->lead_days, 0);
  g_array_append_vals (self->lead_days, leads->data, leads->len);
  return TRUE;
}

static gboolean
time_is_valid (const char *text)
{
  return text != NULL && strlen (text) == 5 && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1])
         && text[2] == ':' && g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4])
         && g_ascii_strtoull (text, NULL, 10) < 24 && g_ascii_strtoull (text + 3, NULL, 10) < 60;
}

gboolean
ethos_reminder_validate (EthosReminder *self, GError **error)
{
  g_autofree char *title = NULL;
  EthosReminderKind kind;
  GDate date;

  g_return_val_if_fail (ETHOS_IS_REMINDER (self), FALSE);

  title = g_strstrip (g_strdup (self->title != NULL ? self->title : ""));
  if (title[0] == '\0' || !g_utf8_validate (title, -1, NULL) || g_utf8_strlen (title, -1) > 200
      || strpbrk (title, "\n\r\t") != NULL)
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT,
                   _("A reminder needs a title: one line of text, at most 200 characters"));
      return FALSE;
    }
  /* Only code can put a number that is no kind here: it is refused as an empty word would be. */
  if (!ethos_reminder_kind_from_string (ethos_reminder_kind_to_string (self->kind), &kind, error))
    return FALSE;
  if (!ethos_date_parse (self->due, &date, error)
      || (self->anchor != NULL && !ethos_date_parse (self->anchor, &date, error))
      || (self->snoozed_until != NULL && !ethos_date_parse (self->snoozed_until, &date, error)))
    return FALSE;
  if (self->due_time != NULL && !time_is_valid (self->due_time))
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                   _("“%s” is not a time of day: write it as HH:MM, for example 17:00"),
                   self->due_time);
      return FALSE;
    }
  if (self->notes != NULL && !g_utf8_validate (self->notes, -1, NULL))
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT,
                   _("The notes are not valid UTF-8 text"));
      return FALSE;
    }
  return TRUE;
}
