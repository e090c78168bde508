/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-import-fields"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-core-enums.h"
#include "ethos-date.h"
#include "ethos-entry.h"
#include "ethos-enum.h"
#include "ethos-import-fields.h"

/* The words of an imported table: which field a column's header names, and what the words in a
 * "Type", "Format" or "Mode" cell mean. Headers and cells are compared normalised (case folded,
 * punctuation as spaces, spaces collapsed), by whole words, so "Length (mins)", "LENGTH - MINS"
 * and "length mins" are the same header. */

const char *
ethos_import_field_to_string (EthosImportField field)
{
  return ethos_enum_to_nick (ETHOS_TYPE_IMPORT_FIELD, field);
}

gboolean
ethos_import_field_from_string (const char *text, EthosImportField *field, GError **error)
{
  GEnumClass *klass = g_type_class_ref (ETHOS_TYPE_IMPORT_FIELD);
  GEnumValue *value = g_enum_get_value_by_nick (klass, text != NULL ? text : "");
  g_autoptr (GString) known = g_string_new (NULL);

  if (value != NULL)
    {
      *field = value->value;
      g_type_class_unref (klass);
      return TRUE;
    }
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);
  g_type_class_unref (klass);
  g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE,
               _("“%s” is not a field Ethos knows: use one of %s"), text, known->str);
  return FALSE;
}

/* The field's name for people, as a window's list of fields shows it. */
const char *
ethos_import_field_label (EthosImportField field)
{
  switch (field)
    {
    case ETHOS_IMPORT_FIELD_IGNORE: return _("Not imported");
    case ETHOS_IMPORT_FIELD_DATE: return _("Date");
    case ETHOS_IMPORT_FIELD_END_DATE: return _("End date");
    case ETHOS_IMPORT_FIELD_DURATION: return _("Length of time");
    case ETHOS_IMPORT_FIELD_HOURS: return _("Hours");
    case ETHOS_IMPORT_FIELD_MINUTES: return _("Minutes");
    case ETHOS_IMPORT_FIELD_SUPERVISOR: return _("Supervisor");
    case ETHOS_IMPORT_FIELD_TITLE: return _("Title");
    case ETHOS_IMPORT_FIELD_PROVIDER: return _("Provider");
    case ETHOS_IMPORT_FIELD_TYPE: return _("Type of activity");
    case ETHOS_IMPORT_FIELD_FORMAT: return _("Individual, group or peer");
    case ETHOS_IMPORT_FIELD_MODE: return _("In person, video or phone");
    case ETHOS_IMPORT_FIELD_GROUP_SIZE: return _("People in the group");
    case ETHOS_IMPORT_FIELD_CLIENT_HOURS: return _("Client hours");
    case ETHOS_IMPORT_FIELD_NOTES: return _("What was brought");
    case ETHOS_IMPORT_FIELD_ACTIONS: return _("Actions");
    case ETHOS_IMPORT_FIELD_REFLECTION: return _("Reflection");
    case ETHOS_IMPORT_FIELD_OUTCOMES: return _("What I learned");
    case ETHOS_IMPORT_FIELD_IMPACT: return _("Impact on practice");
    default: g_return_val_if_reached ("");
    }
}

/* " Length (mins) " → "length mins". */
char *
ethos_import_normalize_header (const char *header)
{
  g_autofree char *folded = g_utf8_casefold (header != NULL ? header : "", -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
      else
        space = TRUE;
    }
  return g_string_free (out, FALSE);
}

/* Whether the words of @phrase stand together in @text (both normalised). */
static gboolean
has_phrase (const char *text, const char *phrase)
{
  gsize n = strlen (phrase);

  for (const char *p = strstr (text, phrase); p != NULL; p = strstr (p + 1, phrase))
    if ((p == text || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
      return TRUE;
  return FALSE;
}

static gboolean
has_any (const char *text, const char *const *phrases)
{
  for (guint i = 0; phrases[i] != NULL; i++)
    if (has_phrase (text, phrases[i]))
      return TRUE;
  return FALSE;
}

typedef struct
{
  EthosImportField   field;
  const char *const *phrases;
} HeaderRule;

#define WORDS(...) ((const char *const[]) { __VA_ARGS__, NULL })

/* In order: the first rule a header meets decides, so narrower ones come first ("Client hours"
 * before "Hours", "Type of activity" before "Activity", "What I learned" before "What"). */
static const HeaderRule header_rules[] = {
  { ETHOS_IMPORT_FIELD_CLIENT_HOURS, WORDS ("client", "clients", "client work") },
  { ETHOS_IMPORT_FIELD_END_DATE, WORDS ("end date", "end", "ended", "finish", "finished",
                                        "until", "date to", "to date", "last day") },
  { ETHOS_IMPORT_FIELD_GROUP_SIZE, WORDS ("no in group", "number in group", "group size",
                                          "size of group", "in group", "number of people",
                                          "people", "participants", "attendees", "no of people") },
  { ETHOS_IMPORT_FIELD_DATE, WORDS ("date", "dates", "when", "day", "session date",
                                    "date attended") },
  { ETHOS_IMPORT_FIELD_FORMAT, WORDS ("format", "individual or group", "individual group",
                                      "1 1 or group", "setting") },
  { ETHOS_IMPORT_FIELD_MODE, WORDS ("mode", "medium", "in person or online", "online",
                                    "face to face", "how held", "method", "venue") },
  { ETHOS_IMPORT_FIELD_SUPERVISOR, WORDS ("supervisor", "supervisors", "supervised by",
                                          "supervisor name") },
  { ETHOS_IMPORT_FIELD_PROVIDER, WORDS ("provider", "providers", "provided by", "organiser",
                                        "organizer", "organisation", "organization",
                                        "delivered by", "facilitator", "presenter", "trainer",
                                        "run by", "host", "awarding body", "source") },
  { ETHOS_IMPORT_FIELD_TYPE, WORDS ("type", "kind", "category", "cpd type", "type of activity",
                                    "activity type", "type of cpd", "nature") },
  { ETHOS_IMPORT_FIELD_OUTCOMES, WORDS ("learned", "learnt", "learning", "outcome", "outcomes",
                                        "key points", "takeaways", "what i gained") },
  { ETHOS_IMPORT_FIELD_REFLECTION, WORDS ("reflection", "reflections", "reflective",
                                          "reflect", "reflecting", "comments") },
  { ETHOS_IMPORT_FIELD_IMPACT, WORDS ("impact", "practice", "changed", "change", "apply",
                                      "applied", "application", "benefit", "difference") },
  { ETHOS_IMPORT_FIELD_MINUTES, WORDS ("mins", "minutes", "min", "minute") },
  { ETHOS_IMPORT_FIELD_HOURS, WORDS ("hours", "hrs", "hour", "hr", "cpd hours") },
  { ETHOS_IMPORT_FIELD_DURATION, WORDS ("duration", "length", "time", "time spent", "how long") },
  { ETHOS_IMPORT_FIELD_ACTIONS, WORDS ("action", "actions", "next steps", "follow up",
                                       "to do", "agreed") },
  { ETHOS_IMPORT_FIELD_NOTES, WORDS ("notes", "note", "brought", "discussed", "issues",
                                     "content", "summary", "agenda", "themes", "cases") },
  { ETHOS_IMPORT_FIELD_TITLE, WORDS ("title", "activity", "activities", "course", "event",
                                     "topic", "name", "description", "subject", "what",
                                     "training", "workshop", "details") },
};

/* The field a header names, or IGNORE. */
EthosImportField
ethos_import_field_for_header (const char *header)
{
  g_autofree char *text = ethos_import_normalize_header (header);

  if (text[0] == '\0')
    return ETHOS_IMPORT_FIELD_IGNORE;
  for (guint i = 0; i < G_N_ELEMENTS (header_rules); i++)
    if (has_any (text, header_rules[i].phrases))
      return header_rules[i].field;
  return ETHOS_IMPORT_FIELD_IGNORE;
}

gboolean
ethos_import_type_is_supervision (const char *text)
{
  g_autofree char *words = ethos_import_normalize_header (text);

  return has_any (words, WORDS ("supervision", "supervisor", "supervised", "clinical supervision",
                                "peer supervision", "group supervision"))
         && !has_any (words, WORDS ("course", "training", "workshop", "diploma", "certificate",
                                    "webinar", "reading", "book", "article"));
}

typedef struct
{
  const char        *kind;
  const char *const *phrases;
} KindRule;

/* HCPC's and BACP's kinds of CPD, as people name what they did. */
static const KindRule kind_rules[] = {
  { "self-directed", WORDS ("reading", "read", "book", "books", "article", "articles", "journal",
                            "journals", "podcast", "podcasts", "self directed", "selfdirected",
                            "research", "private study", "personal study", "writing", "video",
                            "videos", "documentary", "e reading", "self study") },
  { "work-based", WORDS ("work based", "workbased", "case review", "case discussion",
                         "shadowing", "in house", "in service", "team meeting", "secondment",
                         "on the job", "audit", "work") },
  { "professional", WORDS ("peer", "peers", "professional", "mentoring", "mentor", "teaching",
                           "presenting", "presentation", "committee", "networking", "network",
                           "journal club", "supervising", "lecturing", "examining",
                           "peer group") },
  { "formal", WORDS ("course", "courses", "workshop", "workshops", "training", "conference",
                     "seminar", "lecture", "webinar", "webinars", "module", "qualification",
                     "diploma", "certificate", "degree", "class", "e learning", "elearning",
                     "online course", "formal", "masterclass", "cpd day", "educational",
                     "education", "study day") },
  { "other", WORDS ("other", "voluntary", "volunteering", "misc", "miscellaneous") },
};

/* The kind of CPD (one of ethos_cpd_kinds) a "Type" cell names; "other" for words Ethos does
 * not know, NULL for an empty cell. */
const char *
ethos_import_cpd_kind_for (const char *text)
{
  g_autofree char *words = ethos_import_normalize_header (text);

  if (words[0] == '\0')
    return NULL;
  for (guint i = 0; ethos_cpd_kinds[i] != NULL; i++)
    {
      g_autofree char *kind = ethos_import_normalize_header (ethos_cpd_kinds[i]);

      if (g_str_equal (words, kind))
        return ethos_cpd_kinds[i];
    }
  for (guint i = 0; i < G_N_ELEMENTS (kind_rules); i++)
    if (has_any (words, kind_rules[i].phrases))
      return kind_rules[i].kind;
  return "other";
}

/* An EthosSupervisionFormat from "Group", "1:1", "Peer supervision"…; FALSE when it names none. */
gboolean
ethos_import_format_for (const char *text, int *format)
{
  g_autofree char *words = ethos_import_normalize_header (text);

  if (has_any (words, WORDS ("peer", "peers")))
    *format = ETHOS_SUPERVISION_FORMAT_PEER;
  else if (has_any (words, WORDS ("group", "groups")))
    *format = ETHOS_SUPERVISION_FORMAT_GROUP;
  else if (has_any (words, WORDS ("individual", "1 1", "1 to 1", "one to one", "one 2 one",
                                  "121", "solo", "individually")))
    *format = ETHOS_SUPERVISION_FORMAT_INDIVIDUAL;
  else
    return FALSE;
  return TRUE;
}

/* An EthosSupervisionMode from "Zoom", "Face to face", "Tel."…; FALSE when it names none. */
gboolean
ethos_import_mode_for (const char *text, int *mode)
{
  g_autofree char *words = ethos_import_normalize_header (text);

  if (has_any (words, WORDS ("video", "zoom", "teams", "skype", "online", "remote", "virtual",
                             "google meet", "facetime", "webcam")))
    *mode = ETHOS_SUPERVISION_MODE_VIDEO;
  else if (has_any (words, WORDS ("phone", "telephone", "tel", "call", "by phone")))
    *mode = ETHOS_SUPERVISION_MODE_PHONE;
  else if (has_any (words, WORDS ("in person", "face to face", "f2f", "inperson", "room",
                                  "office", "in the room")))
    *mode = ETHOS_SUPERVISION_MODE_IN_PERSON;
  else
    return FALSE;
  return TRUE;
}
