/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-standing-model"

#include "config.h"

#include "ethos-date.h"
#include "ethos-day-clock.h"
#include "ethos-standing-model.h"
#include "ethos-standing-store.h"

/* The Overview's view model: the standing as of today (core's answer, read through
 * ethos_store_get_standing), kept current. It reads again when the store says the diary, the
 * reminders or the profile changed (its own writes and, once watched, other programs'), when the
 * deferred check has finished, and when the day changes (EthosDayClock). Reading never
 * writes. The Overview binds to "standing" and "error"; a failed read is an error, never an
 * empty standing. */

struct _EthosStandingModel
{
  GObject        parent_instance;

  EthosStore    *store;
  EthosStanding *standing;   /* NULL when the last read failed */
  char          *error;      /* why, or NULL */
  gboolean       fixed_day;  /* a day set for tests, rather than the real one */
  GDate          today;
};

G_DEFINE_FINAL_TYPE (EthosStandingModel, ethos_standing_model, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_STANDING,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
reload (EthosStandingModel *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosStanding) standing = NULL;

  if (!self->fixed_day)
    ethos_day_clock_read_today (&self->today);
  standing = ethos_store_get_standing (self->store, &self->today, &error);
  g_clear_pointer (&self->standing, ethos_standing_unref);
  g_clear_pointer (&self->error, g_free);
  self->standing = g_steal_pointer (&standing);
  if (error != NULL)
    self->error = g_strdup (error->message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STANDING]);
}

static void
on_store_changed_cb (EthosStore *store, EthosStoreChange change, EthosStandingModel *self)
{
  /* Codes and notes say nothing about standing. */
  if (change & (ETHOS_STORE_CHANGE_ENTRIES | ETHOS_STORE_CHANGE_REMINDERS
                | ETHOS_STORE_CHANGE_PROFILE))
    reload (self);
}

static void
ethos_standing_model_constructed (GObject *object)
{
  EthosStandingModel *self = ETHOS_STANDING_MODEL (object);

  G_OBJECT_CLASS (ethos_standing_model_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  g_signal_connect_object (self->store, "checked", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ethos_day_clock_get_default (), "day-changed", G_CALLBACK (reload),
                           self, G_CONNECT_SWAPPED);
  reload (self);
}

static void
ethos_standing_model_dispose (GObject *object)
{
  EthosStandingModel *self = ETHOS_STANDING_MODEL (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ethos_standing_model_parent_class)->dispose (object);
}

static void
ethos_standing_model_finalize (GObject *object)
{
  EthosStandingModel *self = ETHOS_STANDING_MODEL (object);

  g_clear_pointer (&self->standing, ethos_standing_unref);
  g_free (self->error);

  G_OBJECT_CLASS (ethos_standing_model_parent_class)->finalize (object);
}

static void
ethos_standing_model_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  EthosStandingModel *self = ETHOS_STANDING_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STANDING:
      g_value_set_boxed (value, self->standing);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_standing_model_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  EthosStandingModel *self = ETHOS_STANDING_MODEL (object);

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
ethos_standing_model_class_init (EthosStandingModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ethos_standing_model_constructed;
  object_class->dispose = ethos_standing_model_dispose;
  object_class->finalize = ethos_standing_model_finalize;
  object_class->get_property = ethos_standing_model_get_property;
  object_class->set_property = ethos_standing_model_set_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, ETHOS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                                  | G_PARAM_STATIC_STRINGS);
  properties[PROP_STANDING] = g_param_spec_boxed ("standing", NULL, NULL, ETHOS_TYPE_STANDING,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY
                                                    | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] = g_param_spec_string ("error", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY
                                                  | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ethos_standing_model_init (EthosStandingModel *self)
{
  g_date_clear (&self->today, 1);
}

EthosStandingModel *
ethos_standing_model_new (EthosStore *store)
{
  g_return_val_if_fail (ETHOS_IS_STORE (store), NULL);

  return g_object_new (ETHOS_TYPE_STANDING_MODEL, "store", store, NULL);
}

/* The standing as things stand, or NULL when it could not be read (see the error). */
EthosStanding *
ethos_standing_model_get_standing (EthosStandingModel *self)
{
  g_return_val_if_fail (ETHOS_IS_STANDING_MODEL (self), NULL);

  return self->standing;
}

const char *
ethos_standing_model_get_error (EthosStandingModel *self)
{
  g_return_val_if_fail (ETHOS_IS_STANDING_MODEL (self), NULL);

  return self->error;
}

const GDate *
ethos_standing_model_get_today (EthosStandingModel *self)
{
  g_return_val_if_fail (ETHOS_IS_STANDING_MODEL (self), NULL);

  return &self->today;
}

/* Answers as of @today (YYYY-MM-DD) from now on, or the real day again for NULL; reads at once.
 * For tests and screenshots: the window always uses the real day. */
void
ethos_standing_model_set_today (EthosStandingModel *self, const char *today)
{
  g_return_if_fail (ETHOS_IS_STANDING_MODEL (self));

  self->fixed_day = today != NULL && ethos_date_parse (today, &self->today, NULL);
  g_return_if_fail (today == NULL || self->fixed_day);
  reload (self);
}
