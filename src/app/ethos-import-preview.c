/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-import-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-date.h"
#include "ethos-import-fields.h"
#include "ethos-import-item.h"
#include "ethos-import-preview.h"
#include "ethos-import-words.h"

/* The preview of a table of records before anything is written: what every row is
 * (supervision, CPD, or as each row says), what each of the file's columns is taken as (a
 * dropdown per column, under its header), how many rows will be added, and each row as it will
 * be stored, with a tick: rows that cannot be read are marked with their reason and cannot be
 * ticked, likely duplicates are marked and unticked until the practitioner ticks them. The
 * import reads its rows again on each change of kind or column and says so with "changed";
 * the list then shows the new rows. */

struct _EthosImportPreview
{
  GtkBox        parent_instance;

  EthosImport  *import;
  GListStore   *rows;      /* EthosImportItem */
  GtkDropDown  *kind;
  GPtrArray    *fields;    /* GtkDropDown, one per column of the file */
  GtkLabel     *count;
  GtkColumnView *view;
  gboolean      updating;  /* the dropdowns are being set from the import */
};

G_DEFINE_FINAL_TYPE (EthosImportPreview, ethos_import_preview, GTK_TYPE_BOX)

enum
{
  KIND_AUTO,
  KIND_SUPERVISION,
  KIND_CPD,
};

static void
update_count (EthosImportPreview *self)
{
  g_autofree char *text = NULL;
  guint added, skipped, duplicates;

  ethos_import_count (self->import, &added, &skipped, &duplicates);
  text = ethos_import_describe_count (added, skipped, duplicates);
  gtk_label_set_label (self->count, text);
}

/* The rows were read again: new items, and the dropdowns as the import now takes the columns
 * (choosing a field for one column takes it from the column that had it). */
static void
on_import_changed_cb (EthosImportPreview *self)
{
  guint n = ethos_import_get_n_rows (self->import);
  g_autoptr (GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, ethos_import_item_new (self->import, i));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
  self->updating = TRUE;
  for (guint c = 0; c < self->fields->len; c++)
    gtk_drop_down_set_selected (g_ptr_array_index (self->fields, c),
                                ethos_import_get_field (self->import, c));
  self->updating = FALSE;
  update_count (self);
}

static void
on_field_selected_cb (GtkDropDown *drop_down, GParamSpec *pspec, EthosImportPreview *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (drop_down), "column"));
  guint field = gtk_drop_down_get_selected (drop_down);

  if (self->updating || field >= ETHOS_IMPORT_N_FIELDS
      || field == (guint) ethos_import_get_field (self->import, column))
    return;
  ethos_import_set_field (self->import, column, field);
}

static void
on_kind_selected_cb (GtkDropDown *drop_down, GParamSpec *pspec, EthosImportPreview *self)
{
  switch (gtk_drop_down_get_selected (drop_down))
    {
    case KIND_SUPERVISION:
      ethos_import_set_kind (self->import, ETHOS_ENTRY_SUPERVISION);
      break;
    case KIND_CPD:
      ethos_import_set_kind (self->import, ETHOS_ENTRY_CPD);
      break;
    default:
      ethos_import_set_kind (self->import, ETHOS_IMPORT_KIND_AUTO);
      break;
    }
}

/* The cells. */

static GtkWidget *
cell_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static void
on_check_toggled_cb (GtkCheckButton *check, EthosImportPreview *self)
{
  EthosImportItem *item = g_object_get_data (G_OBJECT (check), "item");

  if (item == NULL)
    return;
  ethos_import_item_set_included (item, gtk_check_button_get_active (check));
  update_count (self);
}

static void
setup_check_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, EthosImportPreview *self)
{
  GtkWidget *check = gtk_check_button_new ();

  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
  gtk_list_item_set_child (list_item, check);
}

static void
bind_check_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, EthosImportPreview *self)
{
  EthosImportItem *item = gtk_list_item_get_item (list_item);
  const EthosImportRow *row = ethos_import_item_get_row (item);
  GtkWidget *check = gtk_list_item_get_child (list_item);
  g_autofree char *name = g_strdup_printf (_("Import row %u"), row->row);

  g_object_set_data (G_OBJECT (check), "item", NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), row->included);
  gtk_widget_set_sensitive (check, row->entry != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (check), "item", item);
}

static void
unbind_check_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (list_item)), "item", NULL);
}

typedef enum
{
  CELL_CHECK,
  CELL_ROW,
  CELL_DATE,
  CELL_ENTRY,
} CellKind;

static void
setup_label_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  GtkWidget *label = cell_label ();

  if (GPOINTER_TO_INT (data) == CELL_ROW)
    {
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dim-label");
    }
  gtk_list_item_set_child (list_item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  const EthosImportRow *row = ethos_import_item_get_row (gtk_list_item_get_item (list_item));
  g_autofree char *text = NULL;

  if (GPOINTER_TO_INT (data) == CELL_ROW)
    text = g_strdup_printf ("%u", row->row);
  else
    text = row->entry != NULL ? ethos_date_format_iso (row->entry->date, ETHOS_DATE_SHORT)
                              : g_strdup ("");
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

/* The entry the row becomes, and under it why it is left out or that it seems to be in the
 * diary already: one cell, so that a narrow window shows both. */
static void
setup_entry_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *what = cell_label ();
  GtkWidget *note = cell_label ();

  /* Wrapped whole: two lines cut the entry's title at 360 px ("CPD, 1 hour 30 minutes:
   * Attachm…"). Measured at one line for its natural width, as the diary's rows are. */
  gtk_label_set_wrap (GTK_LABEL (what), TRUE);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (what), GTK_NATURAL_WRAP_NONE);
  gtk_label_set_width_chars (GTK_LABEL (what), 14);
  gtk_label_set_max_width_chars (GTK_LABEL (what), 60);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (note), 14);
  gtk_label_set_max_width_chars (GTK_LABEL (note), 60);
  gtk_widget_add_css_class (note, "caption");
  gtk_box_append (GTK_BOX (box), what);
  gtk_box_append (GTK_BOX (box), note);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_entry_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  const EthosImportRow *row = ethos_import_item_get_row (gtk_list_item_get_item (list_item));
  GtkWidget *what = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *note = gtk_widget_get_next_sibling (what);
  g_autofree char *what_text = ethos_import_describe_row_what (row);
  g_autofree char *note_text = ethos_import_describe_row (row);

  gtk_label_set_label (GTK_LABEL (what), what_text);
  gtk_widget_set_visible (what, what_text[0] != '\0');
  gtk_label_set_label (GTK_LABEL (note), note_text != NULL ? note_text : "");
  gtk_widget_set_visible (note, note_text != NULL);
  gtk_widget_remove_css_class (note, "error");
  gtk_widget_remove_css_class (note, "warning");
  if (row->entry == NULL)
    gtk_widget_add_css_class (note, "error");
  else if (row->duplicate_of != 0)
    gtk_widget_add_css_class (note, "warning");
}

static void
add_column (EthosImportPreview *self, const char *title, CellKind cell)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  switch (cell)
    {
    case CELL_CHECK:
      g_signal_connect (factory, "setup", G_CALLBACK (setup_check_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_check_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_check_cb), self);
      break;
    case CELL_ENTRY:
      g_signal_connect (factory, "setup", G_CALLBACK (setup_entry_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_entry_cb), NULL);
      break;
    default:
      g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (cell));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), GINT_TO_POINTER (cell));
      break;
    }
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, cell == CELL_ENTRY);
  gtk_column_view_append_column (self->view, column);
  g_object_unref (column);
}

/* The file's columns, each under its header with the dropdown of what it is taken as. */
static GtkWidget *
columns_box_new (EthosImportPreview *self)
{
  GtkWidget *flow = gtk_flow_box_new ();
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 8);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  for (guint f = 0; f < ETHOS_IMPORT_N_FIELDS; f++)
    gtk_string_list_append (labels, ethos_import_field_label (f));
  for (guint c = 0; c < ethos_import_get_n_columns (self->import); c++)
    {
      const char *header = ethos_import_get_header (self->import, c);
      g_autofree char *shown = header[0] != '\0' ? g_strdup_printf ("“%s”", header)
                                                 : g_strdup_printf (_("Column %u"), c + 1);
      g_autofree char *name = g_strdup_printf (_("Column %s taken as"), shown);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
      GtkWidget *label = gtk_label_new (shown);
      GtkDropDown *drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)),
                                                                 NULL));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_tooltip_text (label, header);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_drop_down_set_selected (drop_down, ethos_import_get_field (self->import, c));
      g_object_set_data (G_OBJECT (drop_down), "column", GUINT_TO_POINTER (c));
      gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      ethos_accessible_name_drop_down (drop_down);
      g_signal_connect (drop_down, "notify::selected", G_CALLBACK (on_field_selected_cb), self);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (drop_down));
      gtk_flow_box_append (GTK_FLOW_BOX (flow), box);
      g_ptr_array_add (self->fields, drop_down);
    }
  return flow;
}

static GtkWidget *
kind_box_new (EthosImportPreview *self)
{
  const char *const kinds[] = {
    N_("As each row says"), N_("Supervision sessions"), N_("CPD activities"), NULL,
  };
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Rows are"));

  for (guint i = 0; kinds[i] != NULL; i++)
    gtk_string_list_append (labels, _(kinds[i]));
  self->kind = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->kind));
  /* Its own name, which its inner button takes too. */
  ethos_accessible_name_only (GTK_WIDGET (self->kind), _("Rows are"));
  ethos_accessible_name_drop_down (self->kind);
  if (ethos_import_get_kind (self->import) == ETHOS_ENTRY_SUPERVISION)
    gtk_drop_down_set_selected (self->kind, KIND_SUPERVISION);
  else if (ethos_import_get_kind (self->import) == ETHOS_ENTRY_CPD)
    gtk_drop_down_set_selected (self->kind, KIND_CPD);
  g_signal_connect (self->kind, "notify::selected", G_CALLBACK (on_kind_selected_cb), self);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->kind));
  return box;
}

static void
ethos_import_preview_dispose (GObject *object)
{
  EthosImportPreview *self = ETHOS_IMPORT_PREVIEW (object);

  if (self->import != NULL)
    g_signal_handlers_disconnect_by_data (self->import, self);
  g_clear_object (&self->import);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->fields, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_import_preview_parent_class)->dispose (object);
}

static void
ethos_import_preview_class_init (EthosImportPreviewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_import_preview_dispose;
}

static void
ethos_import_preview_init (EthosImportPreview *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->rows = g_list_store_new (ETHOS_TYPE_IMPORT_ITEM);
  self->fields = g_ptr_array_new ();
}

/* The preview of @import, whose duplicates the store has marked. */
GtkWidget *
ethos_import_preview_new (EthosImport *import)
{
  EthosImportPreview *self = g_object_new (ETHOS_TYPE_IMPORT_PREVIEW, NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *columns_heading = gtk_label_new (_("What each column of the file holds"));
  GtkWidget *columns;
  GtkNoSelection *selection;

  g_return_val_if_fail (ETHOS_IS_IMPORT (import), NULL);

  self->import = g_object_ref (import);
  gtk_box_append (GTK_BOX (self), kind_box_new (self));
  gtk_label_set_xalign (GTK_LABEL (columns_heading), 0);
  gtk_widget_add_css_class (columns_heading, "heading");
  gtk_box_append (GTK_BOX (self), columns_heading);
  columns = columns_box_new (self);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (columns), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  columns_heading, NULL, -1);
  gtk_box_append (GTK_BOX (self), columns);

  self->count = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->count, 0);
  gtk_label_set_wrap (self->count, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->count), "heading");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->count));

  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (selection)));
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Rows to import"), -1);
  /* GTK 4.8 lists the rows in a list view of its own inside, which it leaves unnamed. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Rows to import"), -1);
  add_column (self, _("Import"), CELL_CHECK);
  add_column (self, _("Row"), CELL_ROW);
  add_column (self, _("Date"), CELL_DATE);
  add_column (self, _("Entry"), CELL_ENTRY);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (GTK_BOX (self), scrolled);

  g_signal_connect_swapped (import, "changed", G_CALLBACK (on_import_changed_cb), self);
  on_import_changed_cb (self);
  return GTK_WIDGET (self);
}

EthosImport *
ethos_import_preview_get_import (EthosImportPreview *self)
{
  g_return_val_if_fail (ETHOS_IS_IMPORT_PREVIEW (self), NULL);

  return self->import;
}

/* The rows as listed (EthosImportItem). */
GListModel *
ethos_import_preview_get_rows (EthosImportPreview *self)
{
  g_return_val_if_fail (ETHOS_IS_IMPORT_PREVIEW (self), NULL);

  return G_LIST_MODEL (self->rows);
}
