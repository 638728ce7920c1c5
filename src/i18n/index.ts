/**
 * Message catalogs and number formats. Every user-visible string goes through vue-i18n; one JSON
 * file per area of the app, merged here. English now; Russian and Chinese add sibling folders.
 */
import { createI18n } from 'vue-i18n'
import actors from './en/actors.json'
import app from './en/app.json'
import charts from './en/charts.json'
import compare from './en/compare.json'
import levers from './en/levers.json'
import model from './en/model.json'
import present from './en/present.json'
import propose from './en/propose.json'
import uncertainty from './en/uncertainty.json'
import why from './en/why.json'

/** The English catalog, one namespace per area. */
export const en = { app, actors, charts, compare, levers, model, present, propose, uncertainty, why }

export type MessageSchema = typeof en

const numberFormats = {
  en: {
    decimal1: { style: 'decimal', minimumFractionDigits: 1, maximumFractionDigits: 1 },
    decimal2: { style: 'decimal', minimumFractionDigits: 2, maximumFractionDigits: 2 },
    integer: { style: 'decimal', maximumFractionDigits: 0 },
    percent: { style: 'percent', maximumFractionDigits: 0 },
    year: { style: 'decimal', useGrouping: false, maximumFractionDigits: 0 },
  },
} as const

/** Create the i18n instance (Composition API mode). */
export function createAppI18n() {
  return createI18n<[MessageSchema], 'en', false>({
    legacy: false,
    locale: 'en',
    fallbackLocale: 'en',
    messages: { en },
    numberFormats,
  })
}
