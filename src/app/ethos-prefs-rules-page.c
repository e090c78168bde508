/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-prefs-rules-page"

#include "config.h"

#include "ethos-combo-row-labels.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-duration.h"
#include "ethos-override-row.h"
#include "ethos-prefs-rules-page.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"

/* Preferences → Requirements: for each of the practitioner's bodies, its numbers for
 * supervision and CPD, the body's own shown and the practitioner's kept over it. A number that
 * cannot be taken is said in its row and nothing is kept; each one kept is one transaction. */

typedef enum
{
  SHOWN_AS_NUMBER,  /* as kept: a whole number */
  SHOWN_AS_DECIMAL, /* as kept: "6", "7.5" */
  SHOWN_AS_HOURS,   /* kept in minutes, shown and typed in hours */
} Shown;

typedef struct
{
  const char *key;
  Shown       shown;
  const char *title;
  const char *description;
} RuleRow;

/* Every overridable rule but GroupCredit, a choice of its own (a combo row). */
static const RuleRow supervision_rows[] = {
  { "Supervision.MonthlyMinutes", SHOWN_AS_NUMBER, N_("Supervision Each Month"),
    N_("Credited minutes needed in every calendar month") },
  { "Supervision.ClientHoursPerSupervisionHour", SHOWN_AS_DECIMAL,
    N_("Client Hours per Supervision Hour"),
    N_("How many client hours one hour of supervision covers") },
  { "Supervision.MaxGroupShare", SHOWN_AS_NUMBER, N_("Most Group Supervision"),
    N_("The largest part, in percent, of credited supervision that may be in a group") },
  { "Supervision.MaxGapDays", SHOWN_AS_NUMBER, N_("Longest Gap Between Sessions"),
    N_("Days; a reminder is due that many days after your last session") },
  { "Supervision.MaxGroupSize", SHOWN_AS_NUMBER, N_("Largest Group That Counts"),
    N_("A group of more people than this counts for nothing") },
  { "Supervision.AverageMonths", SHOWN_AS_NUMBER, N_("Monthly Minimum on Average"),
    N_("Months over which the monthly minimum may be met on average") },
  { "Supervision.ProRataBelowPercent", SHOWN_AS_NUMBER, N_("Pro Rata Below"),
    N_("The share of full time, in percent, below which the monthly minimum is pro rata") },
  { "Supervision.ProRataFloorMinutes", SHOWN_AS_NUMBER, N_("Pro Rata Down To"),
    N_("Minutes a month a pro-rata minimum never goes below") },
};

static const RuleRow cpd_rows[] = {
  { "CPD.TargetMinutes", SHOWN_AS_HOURS, N_("CPD Hours Each Period"),
    N_("Hours of CPD needed in each period") },
  { "CPD.PeriodMonths", SHOWN_AS_NUMBER, N_("CPD Period"),
    N_("Months in each period, counted from the period start in your profile") },
  { "CPD.MinKinds", SHOWN_AS_NUMBER, N_("Kinds of CPD Activity"),
    N_("How many of the five kinds of activity a period needs") },
  { "CPD.FlagGapMonths", SHOWN_AS_NUMBER, N_("Months Without CPD"),
    N_("A stretch this many months long without CPD is flagged") },
  { "CPD.AnnualMinimumMinutes", SHOWN_AS_HOURS, N_("CPD Hours Each Year"),
    N_("Needed in each year of a period longer than a year") },
};

/* The GroupCredit choices, in the combo's order; the first is the body's own. */
static const char *const group_credit_values[] = { NULL, "full", "bacp" };

struct _EthosPrefsRulesPage
{
  AdwPreferencesPage   parent_instance;

  AdwPreferencesGroup *empty_group;

  EthosStore          *store;
  GPtrArray           *groups; /* AdwPreferencesGroup, one or two per body */
};

G_DEFINE_FINAL_TYPE (EthosPrefsRulesPage, ethos_prefs_rules_page, ADW_TYPE_PREFERENCES_PAGE)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Minutes as hours, to two decimals at most: 1800 is "30", 450 is "7.5". */
static char *
minutes_as_hours (int minutes)
{
  return ethos_format_decimal (minutes / 60.0);
}

/* A rule's value as kept ("1800") to what the entry shows ("30"); NULL stays NULL. */
static char *
shown_value (const RuleRow *spec, const char *kept)
{
  if (kept == NULL || kept[0] == '\0')
    return NULL;
  if (spec->shown == SHOWN_AS_HOURS)
    return minutes_as_hours ((int) g_ascii_strtoll (kept, NULL, 10));
  return g_strdup (kept);
}

/* The number with its unit, for the subtitle: "90 minutes", "30 hours", "25%". */
static char *
with_unit (const char *key, const char *shown)
{
  char *end = NULL;
  gulong n = (gulong) g_ascii_strtoull (shown, &end, 10);
  /* The number itself picks the plural form (Welsh has one for 0, 1, 2, 3, 6 and the rest); a
   * fraction such as 2.5 takes the form for other numbers, which 100 picks in English and
   * Welsh alike. */
  gulong plural = end != NULL && *end == '\0' ? n : 100;

  if (g_str_equal (key, "Supervision.MonthlyMinutes")
      || g_str_equal (key, "Supervision.ProRataFloorMinutes"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s minute", "%s minutes", plural), shown);
  if (g_str_equal (key, "Supervision.MaxGroupSize"))
    /* Translators: the largest group whose time counts, "groups of up to 6" */
    return g_strdup_printf (_("groups of up to %s"), shown);
  if (g_str_equal (key, "Supervision.ClientHoursPerSupervisionHour"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s client hour", "%s client hours",
                                         plural),
                            shown);
  if (g_str_equal (key, "Supervision.MaxGroupShare")
      || g_str_equal (key, "Supervision.ProRataBelowPercent"))
    /* Translators: a percentage, such as 25% */
    return g_strdup_printf (_("%s%%"), shown);
  if (g_str_equal (key, "Supervision.MaxGapDays"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s day", "%s days", plural), shown);
  if (g_str_equal (key, "CPD.TargetMinutes") || g_str_equal (key, "CPD.AnnualMinimumMinutes"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour", "%s hours", plural), shown);
  if (g_str_equal (key, "CPD.MinKinds"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s kind", "%s kinds", plural), shown);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s month", "%s months", plural), shown);
}

/* What the practitioner typed, checked and turned into the value kept ("30" hours: "1800").
 * Says what would be right when it is not. */
static char *
value_to_keep (const RuleRow *spec, const char *text, GError **error)
{
  int min = 0, max = 0, number = 0;

  ethos_body_rule_bounds (spec->key, &min, &max);
  switch (spec->shown)
    {
    case SHOWN_AS_HOURS:
      if (!ethos_duration_parse (text, ETHOS_DURATION_HOURS, max, &number, error))
        return NULL;
      return g_strdup_printf ("%d", MAX (number, min));
    case SHOWN_AS_DECIMAL:
      /* Checked as it is kept (commit_rule). */
      return g_strdup (text);
    case SHOWN_AS_NUMBER:
    default:
      if (!ethos_count_parse (text, min, max, &number, error))
        return NULL;
      return g_strdup_printf ("%d", number);
    }
}

static gboolean
commit_rule (EthosOverrideRow *row, const char *text, gpointer data, GError **error)
{
  EthosPrefsRulesPage *self = data;
  const RuleRow *spec = g_object_get_data (G_OBJECT (row), "spec");
  const char *body_id = g_object_get_data (G_OBJECT (row), "body");
  g_autofree char *value = NULL;
  g_autoptr (GError) local_error = NULL;

  /* A row losing the focus as the window goes keeps nothing. */
  if (self->store == NULL)
    return TRUE;
  if (text != NULL && (value = value_to_keep (spec, text, error)) == NULL)
    return FALSE;
  if (!ethos_store_override_body_rule (self->store, body_id, spec->key, value, &local_error))
    {
      int min = 0, max = 0;

      /* The body rules' own message names the key, as a file has it: said plainly here. */
      if (spec->shown == SHOWN_AS_DECIMAL && g_error_matches (local_error, ETHOS_INPUT_ERROR,
                                                              ETHOS_INPUT_ERROR_NUMBER)
          && ethos_body_rule_bounds (spec->key, &min, &max))
        g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER,
                     _("“%s” is not a number from %d to %d, such as 6 or 7.5"), text, min, max);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static GtkWidget *
rule_row (EthosPrefsRulesPage  *self,
          const EthosBodyRules *shipped,
          GHashTable           *overrides,
          const RuleRow        *spec)
{
  GtkWidget *row = ethos_override_row_new (_(spec->title), _(spec->description));
  g_autofree char *kept_default = ethos_body_rules_get_value (shipped, spec->key);
  g_autofree char *placeholder = shown_value (spec, kept_default);
  g_autofree char *said = NULL;
  g_autofree char *own = shown_value (spec, g_hash_table_lookup (overrides, spec->key));
  const EthosRuleScope *scope = NULL;

  if (placeholder != NULL)
    {
      g_autofree char *amount = with_unit (spec->key, placeholder);

      /* Translators: a body's short name and its number, "BACP’s number: 90 minutes" */
      said = g_strdup_printf (_("%s’s number: %s"), shipped->short_name, amount);
    }
  else if ((scope = ethos_body_rules_get_scope (shipped, spec->key)) != NULL)
    {
      gboolean unknown;

      said = ethos_rule_scope_describe (shipped, scope, &unknown);
    }
  else
    /* Translators: a body's short name */
    said = g_strdup_printf (_("Not set by %s"), shipped->short_name);
  gtk_widget_set_tooltip_text (row, scope != NULL ? scope->source
                                                  : ethos_body_rules_get_source (shipped,
                                                                                 spec->key));
  g_object_set_data (G_OBJECT (row), "spec", (gpointer) spec);
  g_object_set_data_full (G_OBJECT (row), "body", g_strdup (shipped->id), g_free);
  ethos_override_row_set_default (ETHOS_OVERRIDE_ROW (row),
                                  placeholder != NULL ? placeholder : _("none"), said);
  ethos_override_row_set_value (ETHOS_OVERRIDE_ROW (row), own);
  ethos_override_row_set_commit_func (ETHOS_OVERRIDE_ROW (row), commit_rule, self);
  return row;
}

static void
on_group_credit_selected_cb (AdwComboRow *row, GParamSpec *pspec, EthosPrefsRulesPage *self)
{
  const char *body_id = g_object_get_data (G_OBJECT (row), "body");
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr (GError) error = NULL;

  if (selected >= G_N_ELEMENTS (group_credit_values))
    return;
  if (self->store == NULL)
    return;
  if (!ethos_store_override_body_rule (self->store, body_id, "Supervision.GroupCredit",
                                      group_credit_values[selected], &error))
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error->message);
      gtk_widget_add_css_class (GTK_WIDGET (row), "override-error");
      return;
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), g_object_get_data (G_OBJECT (row), "said"));
  gtk_widget_remove_css_class (GTK_WIDGET (row), "override-error");
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
group_credit_row (EthosPrefsRulesPage *self, const EthosBodyRules *shipped, GHashTable *overrides)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr (GtkStringList) choices = gtk_string_list_new (NULL);
  const char *own = g_hash_table_lookup (overrides, "Supervision.GroupCredit");
  g_autofree char *subtitle = NULL;
  guint selected = 0;

  gtk_string_list_append (choices, _("Body’s Rule"));
  gtk_string_list_append (choices, _("In Full"));
  gtk_string_list_append (choices, _("Half or Shared"));
  subtitle = g_strdup_printf (shipped->group_credit == ETHOS_GROUP_CREDIT_BACP
                                /* Translators: a body's short name */
                                ? _("How time in a group counts · %s’s rule: half in groups of "
                                    "4 or fewer, shared among 5 or more")
                                : _("How time in a group counts · %s’s rule: in full"),
                              shipped->short_name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Group Supervision"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  ethos_combo_row_wrap_labels (ADW_COMBO_ROW (row));
  for (guint i = 1; own != NULL && i < G_N_ELEMENTS (group_credit_values); i++)
    if (g_ascii_strcasecmp (own, group_credit_values[i]) == 0)
      selected = i;
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data_full (G_OBJECT (row), "body", g_strdup (shipped->id), g_free);
  g_object_set_data_full (G_OBJECT (row), "said", g_steal_pointer (&subtitle), g_free);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_group_credit_selected_cb), self);
  return row;
}

static void
add_group (EthosPrefsRulesPage *self, GtkWidget *group)
{
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->groups, group);
}

static void
free_string (gpointer string)
{
  g_string_free (string, TRUE);
}

/* Where the body's numbers come from, each source once, with the rules it gives (or says are
 * for others): so that a number can be checked against its page. */
static GtkWidget *
sources_group (const EthosBodyRules *shipped)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr (GPtrArray) sources = g_ptr_array_new ();
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (free_string);
  /* Translators: a body's short name, "BACP: Sources" */
  g_autofree char *title = g_strdup_printf (_("%s: Sources"), shipped->short_name);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  for (guint i = 0; i < G_N_ELEMENTS (supervision_rows) + G_N_ELEMENTS (cpd_rows); i++)
    {
      const RuleRow *spec = i < G_N_ELEMENTS (supervision_rows)
                              ? &supervision_rows[i]
                              : &cpd_rows[i - G_N_ELEMENTS (supervision_rows)];
      const EthosRuleScope *scope = ethos_body_rules_get_scope (shipped, spec->key);
      g_autofree char *value = ethos_body_rules_get_value (shipped, spec->key);
      const char *source = scope != NULL ? scope->source
                                         : ethos_body_rules_get_source (shipped, spec->key);
      guint at;

      if ((value == NULL && scope == NULL) || source[0] == '\0')
        continue;
      if (!g_ptr_array_find_with_equal_func (sources, source, g_str_equal, &at))
        {
          g_ptr_array_add (sources, (gpointer) source);
          g_ptr_array_add (rows, g_string_new (NULL));
          at = sources->len - 1;
        }
      g_string_append_printf (g_ptr_array_index (rows, at), "%s%s",
                              ((GString *) g_ptr_array_index (rows, at))->len > 0 ? ", " : "",
                              _(spec->title));
    }
  for (guint i = 0; i < sources->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     ((GString *) g_ptr_array_index (rows, i))->str);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), g_ptr_array_index (sources, i));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  if (sources->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), shipped->source);
  return group;
}

static void
add_body (EthosPrefsRulesPage *self, const char *body_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosBodyRules) shipped = ethos_store_load_body_rules_published (self->store, body_id,
                                                                             &error);
  g_autoptr (GHashTable) overrides = NULL;
  GtkWidget *supervision, *cpd;
  g_autofree char *supervision_title = NULL;
  g_autofree char *cpd_title = NULL;

  if (shipped == NULL
      || (overrides = ethos_store_get_body_overrides (self->store, body_id, &error)) == NULL)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), body_id);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), error->message);
      add_group (self, group);
      return;
    }
  /* Translators: a body's short name, "BACP: Supervision" */
  supervision_title = g_strdup_printf (_("%s: Supervision"), shipped->short_name);
  supervision = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (supervision), supervision_title);
  if (shipped->note[0] != '\0')
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (supervision), shipped->note);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (supervision),
                             rule_row (self, shipped, overrides, &supervision_rows[0]));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (supervision),
                             group_credit_row (self, shipped, overrides));
  for (guint i = 1; i < G_N_ELEMENTS (supervision_rows); i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (supervision),
                               rule_row (self, shipped, overrides, &supervision_rows[i]));
  add_group (self, supervision);

  /* Translators: a body's short name, "BACP: CPD" */
  cpd_title = g_strdup_printf (_("%s: CPD"), shipped->short_name);
  cpd = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (cpd), cpd_title);
  for (guint i = 0; i < G_N_ELEMENTS (cpd_rows); i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (cpd),
                               rule_row (self, shipped, overrides, &cpd_rows[i]));
  add_group (self, cpd);
  add_group (self, sources_group (shipped));
}

/* Reads the bodies and the practitioner's numbers again. */
void
ethos_prefs_rules_page_reload (EthosPrefsRulesPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) memberships = NULL;

  g_return_if_fail (ETHOS_IS_PREFS_RULES_PAGE (self));

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self), g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  if (self->store == NULL)
    return;
  memberships = ethos_store_list_memberships (self->store, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_group),
                          memberships == NULL || memberships->len == 0);
  if (memberships == NULL)
    {
      adw_preferences_group_set_description (self->empty_group, error->message);
      return;
    }
  for (guint i = 0; i < memberships->len; i++)
    add_body (self, ((EthosMembership *) g_ptr_array_index (memberships, i))->body_id);
}

void
ethos_prefs_rules_page_set_store (EthosPrefsRulesPage *self, EthosStore *store)
{
  g_return_if_fail (ETHOS_IS_PREFS_RULES_PAGE (self));

  g_set_object (&self->store, store);
  ethos_prefs_rules_page_reload (self);
}

static void
ethos_prefs_rules_page_dispose (GObject *object)
{
  EthosPrefsRulesPage *self = ETHOS_PREFS_RULES_PAGE (object);

  /* Rows losing the focus as they go keep nothing. */
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_PREFS_RULES_PAGE);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_prefs_rules_page_parent_class)->dispose (object);
}

static void
ethos_prefs_rules_page_class_init (EthosPrefsRulesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_prefs_rules_page_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-prefs-rules-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosPrefsRulesPage, empty_group);
}

static void
ethos_prefs_rules_page_init (EthosPrefsRulesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The page holds the groups: removing one from the page must not free it under us. */
  self->groups = g_ptr_array_new ();
}
