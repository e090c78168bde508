/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-theme-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-citation.h"
#include "ethos-clause-rows.h"
#include "ethos-code-info.h"
#include "ethos-code-store.h"
#include "ethos-theme-view.h"

/* What each code says on one theme, side by side: one boxed list per code. Activating a clause
 * emits ::open-clause with its code and ref. */

struct _EthosThemeView
{
  GtkWidget          parent_instance;

  GtkScrolledWindow *scroller;
  GtkBox            *box;
};

G_DEFINE_FINAL_TYPE (EthosThemeView, ethos_theme_view, GTK_TYPE_WIDGET)

enum
{
  OPEN_CLAUSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_activated_cb (AdwActionRow *row, EthosThemeView *self)
{
  g_signal_emit (self, signals[OPEN_CLAUSE], 0, g_object_get_data (G_OBJECT (row), "code-id"),
                 g_object_get_data (G_OBJECT (row), "ref"));
}

static EthosCodeInfo *
find_code (GListModel *codes, const char *code_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (codes); i++)
    {
      g_autoptr (EthosCodeInfo) info = g_list_model_get_item (codes, i);

      if (g_strcmp0 (info->id, code_id) == 0)
        return info;
    }
  return NULL;
}

static GtkWidget *
create_clause_row (EthosThemeView *self, EthosClause *clause)
{
  const char *heading = ethos_clause_get_heading (clause);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Under the code's name: the ref as the code numbers it, and the heading. */
  title = ethos_citation_format_place (NULL, clause->ref, heading);
  subtitle = ethos_clause_rows_first_line (clause->text[0] != '\0' ? clause->text
                                                                   : (heading ? heading : ""),
                                           220);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "code-id", g_strdup (clause->code_id), g_free);
  g_object_set_data_full (G_OBJECT (row), "ref", g_strdup (clause->ref), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated_cb), self);
  return row;
}

static void
clear (EthosThemeView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->box))) != NULL)
    gtk_box_remove (self->box, child);
}

/* The clauses could not be read: said in their place, rather than a theme that seems to have
 * fewer clauses than it has. */
static void
show_read_error (EthosThemeView *self, const GError *error)
{
  GtkWidget *status = adw_status_page_new ();
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  clear (self);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-warning-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Could Not Read the Codes"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), escaped);
  gtk_widget_add_css_class (status, "compact");
  gtk_box_append (self->box, status);
}

void
ethos_theme_view_show (EthosThemeView *self, EthosStore *store, EthosTheme *theme, GListModel *codes)
{
  GtkWidget *group = NULL;
  const char *group_code = NULL;
  GtkWidget *label;

  g_return_if_fail (ETHOS_IS_THEME_VIEW (self));

  clear (self);

  label = gtk_label_new (theme->description);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (self->box, label);

  for (guint i = 0; i < theme->clauses->len; i++)
    {
      EthosClauseRef *ref = g_ptr_array_index (theme->clauses, i);
      g_autoptr (GError) error = NULL;
      g_autoptr (EthosClause) clause = ethos_store_get_clause (store, ref->code_id, ref->ref,
                                                               &error);

      /* A code the map knows but this database lacks, or a ref an update removed. */
      if (g_error_matches (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND))
        continue;
      if (clause == NULL)
        {
          show_read_error (self, error);
          break;
        }
      if (group == NULL || g_strcmp0 (group_code, ref->code_id) != 0)
        {
          EthosCodeInfo *info = find_code (codes, ref->code_id);

          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                           info != NULL ? ethos_code_info_get_citation (info)
                                                        : ref->code_id);
          if (info != NULL)
            adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), info->title);
          gtk_box_append (self->box, group);
          group_code = ref->code_id;
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_clause_row (self, clause));
    }
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
ethos_theme_view_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ethos_theme_view_parent_class)->dispose (object);
}

static void
ethos_theme_view_class_init (EthosThemeViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_theme_view_dispose;

  signals[OPEN_CLAUSE] = g_signal_new ("open-clause", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING,
                                       G_TYPE_STRING);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ethos_theme_view_init (EthosThemeView *self)
{
  GtkWidget *clamp = adw_clamp_new ();

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_widget_set_margin_top (GTK_WIDGET (self->box), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->box), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (self->box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->box), 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->box));
  gtk_scrolled_window_set_child (self->scroller, clamp);
  gtk_widget_set_parent (GTK_WIDGET (self->scroller), GTK_WIDGET (self));
}

GtkWidget *
ethos_theme_view_new (void)
{
  return g_object_new (ETHOS_TYPE_THEME_VIEW, NULL);
}
