// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { RULE_LIST, loadProjectData } from '../../models/index'
import calibration from '../../data/calibration-report.json'
import TheModelPage from '../../src/views/TheModelPage.vue'
import { createAppI18n } from '../../src/i18n'

describe('TheModelPage', () => {
  const wrapper = mount(TheModelPage, { global: { plugins: [createPinia(), createAppI18n()] } })
  const text = wrapper.text()

  it('lists every rule with its summary and every publication', () => {
    for (const rule of RULE_LIST) {
      expect(text).toContain(rule.name)
      expect(text).toContain(rule.summary)
    }
    for (const publication of loadProjectData().sources.publications) expect(text).toContain(publication.title)
  })

  it('shows the calibration accuracy, or says it is not yet computed', () => {
    const accuracy = wrapper.get('.model-accuracy').text()
    if (typeof calibration.accuracy === 'number') expect(accuracy).toBe(`Accuracy: ${Math.round(calibration.accuracy * 100)}%`)
    else expect(accuracy).toBe('Accuracy: not yet computed')
  })
})
