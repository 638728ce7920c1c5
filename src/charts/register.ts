/**
 * Register the Chart.js parts the dashboard uses, once (importing this module is enough), and set
 * defaults for a projector: larger type, the house ink colour, and no animation so charts follow a
 * slider within one frame. Only these parts are bundled (Chart.js is tree-shaken).
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js'

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)
Chart.defaults.font.size = 14
Chart.defaults.color = '#14213d'
Chart.defaults.animation = false
Chart.defaults.maintainAspectRatio = false

/** True once the parts are registered (for tests and for an explicit import). */
export const chartsRegistered = true
