/**
 * Give the chart adapters the app's message lookup and number formats in the plain shape they take,
 * so they stay free of Vue. Numbers go through one cached `Intl.NumberFormat` per format and locale,
 * built from vue-i18n's own number formats: charts format hundreds of numbers per slider move, and
 * `n()` costs far more per call.
 */
import { useI18n } from 'vue-i18n'
import type { ChartText, NumberFormat } from '../charts/chart-text'

/** Most chart messages kept per component before the cache starts again. */
const MESSAGE_CACHE_LIMIT = 2000

/** Return `t` of the current locale and a fast `n` with the same formats, as a `ChartText`. */
export function useChartText(): ChartText {
  const { t, n, locale, getNumberFormat } = useI18n()
  const formatters = new Map<string, Intl.NumberFormat | null>()
  const formatterFor = (format: NumberFormat): Intl.NumberFormat | null => {
    const key = `${locale.value}:${format}`
    if (!formatters.has(key)) {
      const options = (getNumberFormat(locale.value) as Record<string, Intl.NumberFormatOptions | undefined>)[format]
      formatters.set(key, options ? new Intl.NumberFormat(locale.value, options) : null)
    }
    return formatters.get(key) ?? null
  }
  // Charts ask for the same few hundred labels on every slider move: keep each message once per
  // locale and set of values (bounded, so a long session cannot grow it without limit).
  const messages = new Map<string, string>()
  const translate = (key: string, named: Record<string, unknown> = {}): string => {
    const id = `${locale.value}\u0000${key}\u0000${Object.entries(named).map(([k, v]) => `${k}=${String(v)}`).join('\u0001')}`
    let message = messages.get(id)
    if (message === undefined) {
      if (messages.size >= MESSAGE_CACHE_LIMIT) messages.clear()
      message = t(key, named)
      messages.set(id, message)
    }
    return message
  }
  return {
    t: translate,
    n: (value: number, format: NumberFormat) => formatterFor(format)?.format(value) ?? n(value, format),
  }
}
