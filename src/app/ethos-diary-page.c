/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-diary-model.h"
#include "ethos-date.h"
#include "ethos-accessible.h"
#include "ethos-diary-page.h"
#include "ethos-layout.h"
#include "ethos-entry-editor.h"
#include "ethos-entry-store.h"

/* The Diary page: entries newest first over a lazy model (a long career opens as fast as a
 * short one), a kind filter and search; the editor beside them. */

struct _EthosDiaryPage
{
  GtkWidget         parent_instance;

  AdwLeaflet       *leaflet;
  GtkSearchEntry   *search_entry;
  GtkDropDown      *kind_filter;
  GtkDropDown      *period_filter;
  GtkStack         *list_stack;
  GtkListView      *entry_view;
  EthosEntryEditor *editor;

  EthosStore       *store;
  EthosDiaryModel  *model;
  GListStore       *results; /* EthosEntry matching the search */
  EthosEntry       *deleted; /* kept for Undo */
};

G_DEFINE_FINAL_TYPE (EthosDiaryPage, ethos_diary_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_toast (EthosDiaryPage *self, AdwToast *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static gboolean
searching (EthosDiaryPage *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0';
}

static GListModel *
shown_model (EthosDiaryPage *self)
{
  return searching (self) ? G_LIST_MODEL (self->results) : G_LIST_MODEL (self->model);
}

static void
update_list_page (EthosDiaryPage *self)
{
  guint n = g_list_model_get_n_items (shown_model (self));

  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->list_stack, searching (self) ? "no-results" : "empty");
}

static void
set_shown_model (EthosDiaryPage *self)
{
  GtkNoSelection *selection = gtk_no_selection_new (g_object_ref (shown_model (self)));

  gtk_list_view_set_model (self->entry_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  update_list_page (self);
}

static void
run_search (EthosDiaryPage *self)
{
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  g_list_store_remove_all (self->results);
  if (searching (self))
    {
      hits = ethos_store_search_entries (self->store,
                                         gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                         100, NULL);
      for (guint i = 0; hits != NULL && i < hits->len; i++)
        {
          EthosSearchHit *hit = g_ptr_array_index (hits, i);
          EthosEntry *entry = ethos_store_get_entry (self->store, g_ascii_strtoll (hit->ref, NULL, 10),
                                                     NULL);

          if (entry != NULL)
            g_ptr_array_add (entries, entry);
        }
      g_list_store_splice (self->results, 0, 0, entries->pdata, entries->len);
    }
  set_shown_model (self);
}

static void
on_search_changed_cb (EthosDiaryPage *self)
{
  run_search (self);
}

static void
on_search_stop_cb (EthosDiaryPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_kind_changed_cb (EthosDiaryPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_filter);

  ethos_diary_model_set_kind (self->model, selected == 1   ? ETHOS_ENTRY_SUPERVISION
                                           : selected == 2 ? ETHOS_ENTRY_CPD
                                                           : -1);
  update_list_page (self);
}

/* The period chosen, as dates; today is read here, where the practitioner is. */
static void
on_period_changed_cb (EthosDiaryPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->period_filter);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  int year = g_date_time_get_year (now);

  switch (selected)
    {
    case 1:
      {
        g_autoptr (GDateTime) start = g_date_time_add_months (now, -12);
        g_autoptr (GDateTime) next = g_date_time_add_days (start, 1);

        from = ethos_date_time_to_iso (next);
        to = ethos_date_time_to_iso (now);
      }
      break;
    case 2:
      from = g_strdup_printf ("%04d-01-01", year);
      to = g_strdup_printf ("%04d-12-31", year);
      break;
    case 3:
      from = g_strdup_printf ("%04d-01-01", year - 1);
      to = g_strdup_printf ("%04d-12-31", year - 1);
      break;
    default:
      break;
    }
  ethos_diary_model_set_range (self->model, from, to);
  update_list_page (self);
}

static void
open_entry (EthosDiaryPage *self, EthosEntry *entry)
{
  g_autoptr (EthosEntry) full = entry->id > 0 ? ethos_store_get_entry (self->store, entry->id, NULL)
                                              : g_object_ref (entry);

  ethos_entry_editor_set_entry (self->editor, full != NULL ? full : entry);
  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
}

static void
on_entry_activated_cb (EthosDiaryPage *self, guint position)
{
  g_autoptr (EthosEntry) entry = g_list_model_get_item (shown_model (self), position);

  if (entry != NULL)
    open_entry (self, entry);
}

static void
on_back_clicked_cb (EthosDiaryPage *self)
{
  ethos_entry_editor_flush (self->editor);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Any write to the diary, this program's or another's: the list model reads again by itself
 * (a page at most); the search results are asked again. */
static void
on_store_changed_cb (EthosStore *store, EthosStoreChange change, EthosDiaryPage *self)
{
  if ((change & ETHOS_STORE_CHANGE_ENTRIES) && searching (self))
    run_search (self);
}

static void
on_undo_cb (AdwToast *toast, EthosDiaryPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosEntry) entry = g_steal_pointer (&self->deleted);

  if (entry == NULL)
    return;
  entry->id = 0;
  if (!ethos_store_add_entry (self->store, entry, &error))
    {
      show_toast (self, adw_toast_new (error->message));
      return;
    }
  ethos_entry_editor_set_entry (self->editor, entry);
}

/* The records changed underneath (a backup was restored): what is shown is read again, and an
 * entry open in the editor is closed, as it may no longer exist. */
void
ethos_diary_page_reload (EthosDiaryPage *self)
{
  g_return_if_fail (ETHOS_IS_DIARY_PAGE (self));

  ethos_entry_editor_set_entry (self->editor, NULL);
  g_clear_object (&self->deleted);
  ethos_diary_model_reload (self->model);
  if (searching (self))
    run_search (self);
  update_list_page (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

static void
delete_entry (EthosDiaryPage *self, EthosEntry *entry, gboolean offer_undo)
{
  g_autoptr (GError) error = NULL;
  AdwToast *toast;

  if (!ethos_store_delete_entry (self->store, entry->id, &error))
    {
      show_toast (self, adw_toast_new (error->message));
      return;
    }
  ethos_entry_editor_set_entry (self->editor, NULL);
  adw_leaflet_set_visible_child_name (self->leaflet, "list");

  toast = adw_toast_new (_("Entry deleted"));
  if (offer_undo)
    {
      g_set_object (&self->deleted, entry);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_cb), self);
    }
  show_toast (self, toast);
}

static void
on_confirm_delete_cb (AdwMessageDialog *dialog, const char *response, EthosDiaryPage *self)
{
  EthosEntry *entry = g_object_get_data (G_OBJECT (dialog), "entry");

  if (g_strcmp0 (response, "delete") == 0 && entry != NULL)
    delete_entry (self, entry, FALSE);
}

/* An entry is taken back with Undo; one with evidence files is confirmed first, because the
 * files go with it. */
static void
on_delete_requested_cb (EthosDiaryPage *self)
{
  g_autoptr (EthosEntry) entry = NULL;
  EthosEntry *shown = ethos_entry_editor_get_entry (self->editor);
  GtkRoot *root;
  GtkWidget *dialog;

  if (shown == NULL)
    return;
  if (shown->id == 0)
    {
      ethos_entry_editor_set_entry (self->editor, NULL);
      return;
    }
  entry = ethos_entry_copy (shown);
  if (entry->evidence->len == 0)
    {
      delete_entry (self, entry, TRUE);
      return;
    }
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Delete This Entry?"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("Its evidence files are deleted with it, and this cannot be "
                                 "undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete",
                                    _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "entry", g_steal_pointer (&entry), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_delete_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Rows ----------------------------------------------------------------------------------------- */

static char *
format_duration (int minutes)
{
  if (minutes < 60)
    return g_strdup_printf (_("%d min"), minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", minutes / 60),
                            minutes / 60);
  return g_strdup_printf (_("%d h %02d min"), minutes / 60, minutes % 60);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 30);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), detail);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  EthosEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *text = gtk_widget_get_next_sibling (icon);
  GtkWidget *title = gtk_widget_get_first_child (text);
  GtkWidget *detail = gtk_widget_get_next_sibling (title);
  gboolean supervision = entry->kind == ETHOS_ENTRY_SUPERVISION;
  const char *label = ethos_entry_get_label (entry);
  g_autofree char *date = ethos_date_format_iso (entry->date, ETHOS_DATE_SHORT);
  g_autofree char *duration = format_duration (entry->minutes);
  g_autofree char *line = g_strdup_printf ("%s · %s", date, duration);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), supervision ? "system-users-symbolic"
                                                              : "accessories-text-editor-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  supervision ? _("Supervision") : _("CPD"), -1);
  gtk_label_set_label (GTK_LABEL (title), label != NULL && label[0] != '\0'
                                            ? label
                                            : (supervision ? _("Supervision") : _("CPD activity")));
  gtk_label_set_label (GTK_LABEL (detail), line);
}

/* Actions ------------------------------------------------------------------------------------ */

static void
new_entry (EthosDiaryPage *self, EthosEntryKind kind)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (kind);

  g_free (entry->date);
  entry->date = ethos_date_today_iso ();
  if (kind == ETHOS_ENTRY_SUPERVISION)
    entry->minutes = 60;
  ethos_entry_editor_set_entry (self->editor, entry);
  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
  ethos_entry_editor_focus_first (self->editor);
}

static void
diary_new_supervision (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  new_entry (ETHOS_DIARY_PAGE (widget), ETHOS_ENTRY_SUPERVISION);
}

static void
diary_new_cpd (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  new_entry (ETHOS_DIARY_PAGE (widget), ETHOS_ENTRY_CPD);
}

static void
diary_search (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosDiaryPage *self = ETHOS_DIARY_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* GObject ------------------------------------------------------------------------------------ */

static void
ethos_diary_page_constructed (GObject *object)
{
  EthosDiaryPage *self = ETHOS_DIARY_PAGE (object);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  G_OBJECT_CLASS (ethos_diary_page_parent_class)->constructed (object);

  g_object_set (self->editor, "store", self->store, NULL);
  self->model = ethos_diary_model_new (self->store, -1);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->entry_view, factory);
  g_object_unref (factory);
  set_shown_model (self);
  g_signal_connect_swapped (self->model, "items-changed", G_CALLBACK (update_list_page), self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
}

static void
ethos_diary_page_dispose (GObject *object)
{
  EthosDiaryPage *self = ETHOS_DIARY_PAGE (object);

  if (self->editor != NULL)
    ethos_entry_editor_flush (self->editor);
  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_DIARY_PAGE);
  g_clear_object (&self->model);
  g_clear_object (&self->results);
  g_clear_object (&self->deleted);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ethos_diary_page_parent_class)->dispose (object);
}

static void
ethos_diary_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, ETHOS_DIARY_PAGE (object)->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_diary_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      ETHOS_DIARY_PAGE (object)->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_diary_page_class_init (EthosDiaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ethos_diary_page_constructed;
  object_class->dispose = ethos_diary_page_dispose;
  object_class->get_property = ethos_diary_page_get_property;
  object_class->set_property = ethos_diary_page_set_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, ETHOS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                                  | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ETHOS_TYPE_ENTRY_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-diary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, leaflet);
  gtk_widget_class_bind_template_child_full (widget_class, "back_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, period_filter);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, entry_view);
  gtk_widget_class_bind_template_child (widget_class, EthosDiaryPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_requested_cb);

  gtk_widget_class_install_action (widget_class, "diary.new-supervision", NULL,
                                   diary_new_supervision);
  gtk_widget_class_install_action (widget_class, "diary.new-cpd", NULL, diary_new_cpd);
  gtk_widget_class_install_action (widget_class, "diary.search", NULL, diary_search);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ethos_diary_page_init (EthosDiaryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ethos_accessible_name_drop_down (self->kind_filter);
  ethos_accessible_name_drop_down (self->period_filter);
  ethos_accessible_keyboard_list (GTK_WIDGET (self->entry_view));
  ethos_layout_show_when_folded (self->leaflet,
                                 GTK_WIDGET (gtk_widget_get_template_child (
                                   GTK_WIDGET (self), ETHOS_TYPE_DIARY_PAGE, "back_button")));
  self->results = g_list_store_new (ETHOS_TYPE_ENTRY);
}

GtkWidget *
ethos_diary_page_new (EthosStore *store)
{
  return g_object_new (ETHOS_TYPE_DIARY_PAGE, "store", store, NULL);
}

EthosEntryEditor *
ethos_diary_page_get_editor (EthosDiaryPage *self)
{
  g_return_val_if_fail (ETHOS_IS_DIARY_PAGE (self), NULL);

  return self->editor;
}

/* Opens the entry at @position of the list as shown. */
gboolean
ethos_diary_page_open_position (EthosDiaryPage *self, guint position)
{
  g_autoptr (EthosEntry) entry = NULL;

  g_return_val_if_fail (ETHOS_IS_DIARY_PAGE (self), FALSE);

  entry = g_list_model_get_item (shown_model (self), position);
  if (entry == NULL)
    return FALSE;
  open_entry (self, entry);
  return TRUE;
}

void
ethos_diary_page_flush (EthosDiaryPage *self)
{
  g_return_if_fail (ETHOS_IS_DIARY_PAGE (self));

  ethos_entry_editor_flush (self->editor);
}

/* Whether the editor holds typing that could not be written. */
gboolean
ethos_diary_page_has_unsaved (EthosDiaryPage *self)
{
  g_return_val_if_fail (ETHOS_IS_DIARY_PAGE (self), FALSE);

  return ethos_entry_editor_has_unsaved (self->editor);
}
