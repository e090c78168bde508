/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ethos-limits.h"
#include "ethos-core-enums.h"
#include "ethos-date.h"
#include "ethos-entry.h"
#include "ethos-enum.h"
#include "ethos-property.h"

/* HCPC's types of CPD activity. */
const char *const ethos_cpd_kinds[] = { "formal", "work-based", "professional", "self-directed",
                                        "other", NULL };

const char *const ethos_cpd_topics[] = { "cbt-skills", NULL };

const char *
ethos_cpd_topic_name (const char *topic)
{
  if (g_strcmp0 (topic, "cbt-skills") == 0)
    return _("CBT skills workshops");
  return topic;
}

G_DEFINE_FINAL_TYPE (EthosEntry, ethos_entry, G_TYPE_OBJECT)

/* The fields widgets bind to. Each property reads and writes its public field. */
enum
{
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_DATE,
  PROP_MINUTES,
  PROP_TITLE,
  PROP_SUPERVISOR,
  PROP_FORMAT,
  PROP_MODE,
  PROP_GROUP_SIZE,
  PROP_CLIENT_MINUTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ethos_entry_finalize (GObject *object)
{
  EthosEntry *self = ETHOS_ENTRY (object);

  g_free (self->date);
  g_free (self->end_date);
  g_free (self->supervisor);
  g_free (self->notes);
  g_free (self->actions);
  g_free (self->title);
  g_free (self->provider);
  g_free (self->cpd_kind);
  g_free (self->outcomes);
  g_free (self->impact);
  g_free (self->topics);
  g_free (self->reflection);
  g_clear_pointer (&self->clauses, g_ptr_array_unref);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_entry_parent_class)->finalize (object);
}

static void
ethos_entry_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  EthosEntry *self = ETHOS_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_MINUTES:
      g_value_set_int (value, self->minutes);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUPERVISOR:
      g_value_set_string (value, self->supervisor);
      break;
    case PROP_FORMAT:
      g_value_set_enum (value, self->format);
      break;
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;
    case PROP_GROUP_SIZE:
      g_value_set_int (value, self->group_size);
      break;
    case PROP_CLIENT_MINUTES:
      g_value_set_int (value, self->client_minutes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_entry_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  EthosEntry *self = ETHOS_ENTRY (object);
  const char *text;

  switch (prop_id)
    {
    case PROP_ID:
      ETHOS_PROPERTY_SET (object, pspec, self->id, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      ETHOS_PROPERTY_SET (object, pspec, self->kind, g_value_get_enum (value));
      break;
    case PROP_DATE:
      ethos_property_set_string (object, pspec, &self->date, g_value_get_string (value));
      break;
    case PROP_MINUTES:
      ETHOS_PROPERTY_SET (object, pspec, self->minutes, g_value_get_int (value));
      break;
    case PROP_TITLE:
    case PROP_SUPERVISOR:
      /* Text fields are never NULL: NULL is taken as empty. */
      text = g_value_get_string (value);
      ethos_property_set_string (object, pspec,
                                 prop_id == PROP_TITLE ? &self->title : &self->supervisor,
                                 text != NULL ? text : "");
      break;
    case PROP_FORMAT:
      ETHOS_PROPERTY_SET (object, pspec, self->format, g_value_get_enum (value));
      break;
    case PROP_MODE:
      ETHOS_PROPERTY_SET (object, pspec, self->mode, g_value_get_enum (value));
      break;
    case PROP_GROUP_SIZE:
      ETHOS_PROPERTY_SET (object, pspec, self->group_size, g_value_get_int (value));
      break;
    case PROP_CLIENT_MINUTES:
      ETHOS_PROPERTY_SET (object, pspec, self->client_minutes, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_entry_class_init (EthosEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ethos_entry_finalize;
  object_class->get_property = ethos_entry_get_property;
  object_class->set_property = ethos_entry_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                           ETHOS_PROPERTY_FLAGS);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, ETHOS_TYPE_ENTRY_KIND,
                                             ETHOS_ENTRY_SUPERVISION, ETHOS_PROPERTY_FLAGS);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, ETHOS_PROPERTY_FLAGS);
  properties[PROP_MINUTES] = g_param_spec_int ("minutes", NULL, NULL, 0, G_MAXINT, 0,
                                               ETHOS_PROPERTY_FLAGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", ETHOS_PROPERTY_FLAGS);
  properties[PROP_SUPERVISOR] = g_param_spec_string ("supervisor", NULL, NULL, "",
                                                     ETHOS_PROPERTY_FLAGS);
  properties[PROP_FORMAT] = g_param_spec_enum ("format", NULL, NULL, ETHOS_TYPE_SUPERVISION_FORMAT,
                                               ETHOS_SUPERVISION_FORMAT_INDIVIDUAL,
                                               ETHOS_PROPERTY_FLAGS);
  properties[PROP_MODE] = g_param_spec_enum ("mode", NULL, NULL, ETHOS_TYPE_SUPERVISION_MODE,
                                             ETHOS_SUPERVISION_MODE_IN_PERSON,
                                             ETHOS_PROPERTY_FLAGS);
  /* -1: not given (an individual session; client work not counted). */
  properties[PROP_GROUP_SIZE] = g_param_spec_int ("group-size", NULL, NULL, -1, G_MAXINT, -1,
                                                  ETHOS_PROPERTY_FLAGS);
  properties[PROP_CLIENT_MINUTES] = g_param_spec_int ("client-minutes", NULL, NULL, -1, G_MAXINT,
                                                      -1, ETHOS_PROPERTY_FLAGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
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
  self->topics = g_strdup ("");
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
  if (kind == ETHOS_ENTRY_CPD)
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
  copy->format = self->format;
  copy->mode = self->mode;
  copy->plan_id = self->plan_id;
#define COPY_STR(field) g_free (copy->field); copy->field = g_strdup (self->field)
  COPY_STR (date);
  COPY_STR (end_date);
  COPY_STR (supervisor);
  COPY_STR (notes);
  COPY_STR (actions);
  COPY_STR (title);
  COPY_STR (provider);
  COPY_STR (cpd_kind);
  COPY_STR (outcomes);
  COPY_STR (impact);
  COPY_STR (topics);
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
  return ethos_enum_to_nick (ETHOS_TYPE_ENTRY_KIND, kind);
}

gboolean
ethos_entry_kind_from_string (const char *text, EthosEntryKind *kind)
{
  return ethos_enum_from_nick (ETHOS_TYPE_ENTRY_KIND, text, (int *) kind, NULL, NULL);
}

const char *
ethos_supervision_format_to_string (EthosSupervisionFormat format)
{
  return ethos_enum_to_nick (ETHOS_TYPE_SUPERVISION_FORMAT, format);
}

/* @text as a format, or an input error that lists the formats: a word the database or the
 * command line holds that is none of them is never taken as one. */
gboolean
ethos_supervision_format_from_string (const char              *text,
                                      EthosSupervisionFormat  *format,
                                      GError                 **error)
{
  return ethos_enum_from_nick (ETHOS_TYPE_SUPERVISION_FORMAT, text, (int *) format,
                               _("“%s” is not a supervision format: choose one of %s"), error);
}

const char *
ethos_supervision_mode_to_string (EthosSupervisionMode mode)
{
  return ethos_enum_to_nick (ETHOS_TYPE_SUPERVISION_MODE, mode);
}

gboolean
ethos_supervision_mode_from_string (const char            *text,
                                    EthosSupervisionMode  *mode,
                                    GError               **error)
{
  return ethos_enum_from_nick (ETHOS_TYPE_SUPERVISION_MODE, text, (int *) mode,
                               _("“%s” is not a way of meeting: choose one of %s"), error);
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

/* The most minutes @self can hold: 24 hours for a session, and for CPD 24 hours for each day
 * from its date to its end date (one day while either cannot be read, or they are the wrong
 * way round, or the span is longer than a CPD entry may be: ethos_entry_validate() says
 * those). The editor and the CLI read the hours typed against this. */
int
ethos_entry_max_minutes (EthosEntry *self)
{
  GDate date, end;
  int days = 1;

  g_return_val_if_fail (ETHOS_IS_ENTRY (self), 0);

  if (self->kind == ETHOS_ENTRY_CPD && self->end_date != NULL && self->end_date[0] != '\0'
      && ethos_date_parse (self->date, &date, NULL) && ethos_date_parse (self->end_date, &end, NULL)
      && g_date_compare (&date, &end) <= 0)
    days = MIN (g_date_days_between (&date, &end) + 1, ETHOS_CPD_DAYS_MAX);
  return days * ETHOS_MINUTES_PER_DAY;
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
      if (self->minutes <= 0 || self->minutes > ethos_entry_max_minutes (self))
        {
          g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION,
                       _("A supervision session lasts from 1 minute to 24 hours"));
          return FALSE;
        }
      EthosSupervisionFormat format;
      EthosSupervisionMode mode;

      /* Only code can put a number that is none of the values in these fields: it is refused
       * as an empty word would be. */
      if (!ethos_supervision_format_from_string (ethos_supervision_format_to_string (self->format),
                                                 &format, error)
          || !ethos_supervision_mode_from_string (ethos_supervision_mode_to_string (self->mode),
                                                  &mode, error))
        return FALSE;
      if (self->format != ETHOS_SUPERVISION_FORMAT_INDIVIDUAL
          && (self->group_size < ETHOS_GROUP_SIZE_MIN || self->group_size > ETHOS_GROUP_SIZE_MAX))
        {
          /* Translators: the fewest and the most people a group may have */
          g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                       _("Give the number of people in the group (%d to %d), yourself included"),
                       ETHOS_GROUP_SIZE_MIN, ETHOS_GROUP_SIZE_MAX);
          return FALSE;
        }
      if (self->client_minutes < -1 || self->client_minutes > ETHOS_CLIENT_MINUTES_MAX)
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
  if (self->topics != NULL && self->topics[0] != '\0')
    {
      g_auto (GStrv) topics = g_strsplit (self->topics, ",", -1);

      for (guint i = 0; topics[i] != NULL; i++)
        if (!check_choice (topics[i], ethos_cpd_topics,
                           _("“%s” is not a topic of CPD: choose one of %s"), error))
          return FALSE;
    }
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
      if (g_date_days_between (&date, &end) + 1 > ETHOS_CPD_DAYS_MAX)
        {
          g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "One CPD entry can span at most %d day: record longer "
                                    "courses as several entries",
                                    "One CPD entry can span at most %d days: record longer "
                                    "courses as several entries",
                                    ETHOS_CPD_DAYS_MAX),
                       ETHOS_CPD_DAYS_MAX);
          return FALSE;
        }
    }
  if (self->minutes <= 0 || self->minutes > ethos_entry_max_minutes (self))
    {
      g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DURATION,
                   _("The hours must be more than 0 and at most 24 for each day of the activity"));
      return FALSE;
    }
  return TRUE;
}

/* The name the practitioner's file had, from the name it is stored as
 * ("<entry>-<time>-<name>"). */
const char *
ethos_entry_evidence_name (const char *stored_as)
{
  const char *first = strchr (stored_as, '-');
  const char *second = first != NULL ? strchr (first + 1, '-') : NULL;

  return second != NULL && second[1] != '\0' ? second + 1 : stored_as;
}
