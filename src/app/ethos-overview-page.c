/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-date.h"
#include "ethos-overview-page.h"
#include "ethos-overview-rows.h"
#include "ethos-standing-model.h"

/* The Overview page, "Am I in good standing?": the standing that core's evaluator gives
 * (src/core/ethos-standing.c, read by ethos_store_get_standing) shown as it is: the headline
 * and why, this month's supervision against each body's rules and the last session, CPD in the
 * current period, the reminders that need attention and the renewals. The page decides nothing:
 * what counts, and how it is said, is core's. The rows are built in ethos-overview-rows.c. */

struct _EthosOverviewPage
{
  GtkWidget            parent_instance;

  GtkScrolledWindow   *scroller; /* the template's root: bound so that dispose lets go of it */
  GtkBox              *headline_box;
  GtkImage            *headline_icon;
  GtkLabel            *headline_label;
  GtkLabel            *explanation_label;
  GtkBox              *no_bodies_box;
  GtkWidget           *choose_bodies_button;
  AdwPreferencesGroup *supervision_group;
  GtkListBox          *supervision_list;
  AdwPreferencesGroup *cpd_group;
  GtkListBox          *cpd_list;
  AdwPreferencesGroup *attention_group;
  GtkListBox          *attention_list;
  AdwPreferencesGroup *renewals_group;
  GtkListBox          *renewals_list;

  EthosStore          *store;
  EthosStandingModel  *model;
};

G_DEFINE_FINAL_TYPE (EthosOverviewPage, ethos_overview_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Makes @shown hold the rows of @fresh (made by ethos-overview-rows.c), keeping each shown row
 * that @fresh would make the same: a write redraws the rows whose text changed, and the rest
 * keep their size and the keyboard focus. A focused row that goes hands the focus to the row
 * that takes its place. */
static void
sync_rows (GtkListBox *shown, GtkListBox *fresh)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (shown));
  int refocus = -1;

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (fresh, 0);
      GtkListBoxRow *old = gtk_list_box_get_row_at_index (shown, i);

      if (old != NULL && (row == NULL
                          || g_strcmp0 (ethos_overview_rows_get_key (GTK_WIDGET (old)),
                                        ethos_overview_rows_get_key (GTK_WIDGET (row))) != 0))
        {
          GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

          if (focus != NULL
              && (focus == GTK_WIDGET (old) || gtk_widget_is_ancestor (focus, GTK_WIDGET (old))))
            {
              refocus = i;
              gtk_root_set_focus (root, NULL);
            }
          gtk_list_box_remove (shown, GTK_WIDGET (old));
          if (row == NULL)
            {
              i--;
              continue;
            }
          old = NULL;
        }
      if (row == NULL)
        break;
      g_object_ref (row);
      gtk_list_box_remove (fresh, GTK_WIDGET (row));
      if (old == NULL)
        gtk_list_box_insert (shown, GTK_WIDGET (row), i);
      g_object_unref (row);
    }
  if (refocus >= 0)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (shown, refocus);

      /* The list may be shorter now: the last row then. */
      for (int i = refocus - 1; row == NULL && i >= 0; i--)
        row = gtk_list_box_get_row_at_index (shown, i);
      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
set_headline (EthosOverviewPage *self, EthosVerdict verdict, const char *headline,
              const char *explanation)
{
  static const char *const icons[] = { "emblem-ok-symbolic", "dialog-warning-symbolic",
                                       "dialog-error-symbolic" };
  static const char *const styles[] = { "success", "warning", "error" };
  GtkWidget *icon = GTK_WIDGET (self->headline_icon);
  GtkWidget *label = GTK_WIDGET (self->headline_label);

  gtk_image_set_from_icon_name (self->headline_icon, icons[verdict]);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      gtk_widget_remove_css_class (icon, styles[i]);
      if (i > 0)
        gtk_widget_remove_css_class (label, styles[i]);
    }
  gtk_widget_add_css_class (icon, styles[verdict]);
  if (verdict != ETHOS_VERDICT_GOOD)
    gtk_widget_add_css_class (label, styles[verdict]);
  gtk_label_set_label (self->headline_label, headline);
  gtk_label_set_label (self->explanation_label, explanation);
}

/* The lists show the rows of @fresh (supervision, CPD, attention, renewals), which are then
 * let go of. */
static void
show_rows (EthosOverviewPage *self, GtkWidget **fresh)
{
  GtkListBox *lists[] = { self->supervision_list, self->cpd_list, self->attention_list,
                          self->renewals_list };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      sync_rows (lists[i], GTK_LIST_BOX (fresh[i]));
      g_object_unref (fresh[i]);
    }
}

/* Shows the standing the view model holds, as it is. */
static void
render (EthosOverviewPage *self)
{
  EthosStanding *standing = ethos_standing_model_get_standing (self->model);
  const GDate *day = ethos_standing_model_get_today (self->model);
  g_autofree char *month_name = NULL;
  g_autofree char *since = NULL;
  GtkWidget *fresh[4];
  guint attention = 0, renewals = 0;
  gboolean any_body;

  for (guint i = 0; i < G_N_ELEMENTS (fresh); i++)
    fresh[i] = g_object_ref_sink (gtk_list_box_new ());

  if (standing == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->headline_box), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->no_bodies_box), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->supervision_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->cpd_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->attention_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->renewals_group), FALSE);
      set_headline (self, ETHOS_VERDICT_ATTENTION, _("Ethos could not read your records"),
                    ethos_standing_model_get_error (self->model));
      show_rows (self, fresh);
      return;
    }

  month_name = ethos_date_format (day, ETHOS_DATE_MONTH);
  adw_preferences_group_set_description (self->supervision_group, month_name);
  for (guint i = 0; i < standing->bodies->len; i++)
    {
      const EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      ethos_overview_rows_add_supervision (GTK_LIST_BOX (fresh[0]), body);
      ethos_overview_rows_add_cpd (GTK_LIST_BOX (fresh[1]), body);
      if (since == NULL && body->error == NULL)
        {
          g_autofree char *first_day = ethos_date_format_iso (body->cpd.period_start,
                                                              ETHOS_DATE_LONG);

          since = g_strdup_printf (_("Since %s"), first_day);
        }
    }
  adw_preferences_group_set_description (self->cpd_group, since);
  ethos_overview_rows_add_last_supervision (GTK_LIST_BOX (fresh[0]), standing);
  ethos_overview_rows_add_reminders (GTK_LIST_BOX (fresh[2]), GTK_LIST_BOX (fresh[3]), standing,
                                     &attention, &renewals);

  /* With no bodies there is nothing to be in good standing with: a button to name them
   * (Preferences → Profile). */
  any_body = standing->bodies->len > 0;
  gtk_widget_set_visible (GTK_WIDGET (self->headline_box), any_body);
  gtk_widget_set_visible (GTK_WIDGET (self->no_bodies_box), !any_body);
  gtk_widget_set_visible (GTK_WIDGET (self->supervision_group), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->cpd_group), any_body);
  gtk_widget_set_visible (GTK_WIDGET (self->attention_group), attention > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->renewals_group), renewals > 0);
  if (any_body)
    set_headline (self, standing->verdict, standing->headline, standing->explanation);
  show_rows (self, fresh);
}

/* GObject ------------------------------------------------------------------------------------ */

static void
ethos_overview_page_constructed (GObject *object)
{
  EthosOverviewPage *self = ETHOS_OVERVIEW_PAGE (object);

  G_OBJECT_CLASS (ethos_overview_page_parent_class)->constructed (object);

  /* The page follows its view model: nothing else tells it to read again. */
  self->model = ethos_standing_model_new (self->store);
  g_signal_connect_object (self->model, "notify::standing", G_CALLBACK (render), self,
                           G_CONNECT_SWAPPED);
  render (self);
}

static void
ethos_overview_page_dispose (GObject *object)
{
  EthosOverviewPage *self = ETHOS_OVERVIEW_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ethos_overview_page_parent_class)->dispose (object);
}

static void
ethos_overview_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  EthosOverviewPage *self = ETHOS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_overview_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  EthosOverviewPage *self = ETHOS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_overview_page_class_init (EthosOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ethos_overview_page_constructed;
  object_class->dispose = ethos_overview_page_dispose;
  object_class->get_property = ethos_overview_page_get_property;
  object_class->set_property = ethos_overview_page_set_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, ETHOS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                                  | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, headline_box);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, headline_icon);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, headline_label);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, no_bodies_box);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, supervision_group);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, supervision_list);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, cpd_group);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, cpd_list);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, attention_group);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, attention_list);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, renewals_group);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, renewals_list);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, choose_bodies_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ethos_overview_page_init (EthosOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ethos_accessible_name_by_label (self->choose_bodies_button);
}

/* Public API --------------------------------------------------------------------------------- */

GtkWidget *
ethos_overview_page_new (EthosStore *store)
{
  g_return_val_if_fail (ETHOS_IS_STORE (store), NULL);

  return g_object_new (ETHOS_TYPE_OVERVIEW_PAGE, "store", store, NULL);
}

/* Shows the standing as of @today (YYYY-MM-DD; NULL for the real day, as the window always
 * has it), for tests and screenshots. */
void
ethos_overview_page_set_today (EthosOverviewPage *self, const char *today)
{
  g_return_if_fail (ETHOS_IS_OVERVIEW_PAGE (self));

  ethos_standing_model_set_today (self->model, today);
}
