import { describe, expect, test } from 'vitest'
import { codedArchive, speakerById } from '../../support/codedArchive'

describe('a speaker’s profile', () => {
  test('shows their statements over time by position and flags where they contradict themselves', async () => {
    const { notebook, speakers, positions } = await codedArchive()
    const velin = speakers['Mara Velin']
    const profile = await notebook.getSpeakerProfile(velin)
    expect(profile.speaker.name).toBe('Mara Velin')
    expect(profile.counts).toMatchObject({
      total: 4,
      supports: 2,
      opposes: 1,
      none: 1,
      articles: 3,
      first: '2023-01-10',
      last: '2023-03-05',
    })
    expect(
      profile.positions.map((group) => [
        group.position?.label,
        group.statements.map((s) => [s.published, s.stance]),
      ]),
    ).toEqual([
      [
        'Treaty',
        [
          ['2023-01-10', 'supports'],
          ['2023-03-05', 'opposes'],
        ],
      ],
      ['Release of crews', [['2023-03-05', 'supports']]],
      ['Border crossing', [['', undefined]]],
    ])
    expect(profile.timeline.map((m) => [m.month, m.total])).toEqual([
      ['2023-01', 1],
      ['2023-02', 0],
      ['2023-03', 2],
    ])
    const [contradiction, ...more] = profile.contradictions
    expect(more).toEqual([])
    expect(contradiction.position.id).toBe(positions.Treaty)
    const quote = async (ref: { articleId: string; statementId: string }) =>
      (await notebook.queryStatements({ articleId: ref.articleId, limit: 100 })).find(
        (r) => r.statementId === ref.statementId,
      )?.quote
    expect(await Promise.all(contradiction.supporting.map(quote))).toEqual([
      'the treaty must be signed this spring',
    ])
    expect(await Promise.all(contradiction.opposing.map(quote))).toEqual([
      'opposes the treaty in its current form',
    ])
  })

  test('names the organisation a speaker belongs to and its members', async () => {
    const { notebook, speakers } = await codedArchive()
    const velin = await speakerById(notebook, speakers['Mara Velin'])
    await notebook.saveSpeaker({ ...velin, affiliationId: speakers['Water Ministry'] })
    expect((await notebook.getSpeakerProfile(velin.id)).affiliation?.name).toBe('Water Ministry')
    const ministry = await notebook.getSpeakerProfile(speakers['Water Ministry'])
    expect(ministry.members.map((s) => s.name)).toEqual(['Mara Velin'])
    expect(ministry.contradictions).toEqual([])
    await expect(notebook.getSpeakerProfile('nobody')).rejects.toThrow('not in the registry')
  })
})

describe('the analysis pictures', () => {
  test('the matrix counts each speaker × position by stance, nets them and flags a split', async () => {
    const { notebook, speakers, positions } = await codedArchive()
    const analysis = await notebook.analyseStatements({ limit: 1000 })
    expect(analysis.total).toBe(7)
    expect(analysis.speakers.map((s) => [s.name, s.total])).toEqual([
      ['Mara Velin', 4],
      ['Fishing crews', 1],
      ['Observers', 1],
      ['Water Ministry', 1],
    ])
    expect(analysis.positions.map((p) => [p.label, p.total])).toEqual([
      ['Release of crews', 2],
      ['Treaty', 4],
      ['Border crossing', 1],
    ])
    const cell = (speaker: string, position: string) =>
      analysis.cells.find(
        (c) => c.speakerId === speakers[speaker] && c.positionId === positions[position],
      )
    expect(cell('Mara Velin', 'Treaty')).toMatchObject({
      supports: 1,
      opposes: 1,
      neutral: 0,
      none: 0,
      total: 2,
      net: 0,
      contradiction: true,
    })
    expect(cell('Mara Velin', 'Treaty')?.statementRefs).toHaveLength(2)
    expect(cell('Observers', 'Treaty')).toMatchObject({ neutral: 1, net: 0, contradiction: false })
    expect(cell('Mara Velin', 'Border crossing')).toMatchObject({ none: 1, total: 1, net: 0 })
    expect(cell('Water Ministry', 'Release of crews')).toBeUndefined()
    expect(analysis.cells).toHaveLength(6)
  })

  test('the timeline counts statements per month for each speaker and position', async () => {
    const { notebook, speakers, positions } = await codedArchive()
    const { timeline } = await notebook.analyseStatements({ limit: 1000 })
    expect(timeline.months).toEqual(['2023-01', '2023-02', '2023-03'])
    const counts = (line: { month: string; total: number }[]) => line.map((m) => [m.month, m.total])
    expect(counts(timeline.bySpeaker[speakers['Mara Velin']])).toEqual([
      ['2023-01', 1],
      ['2023-03', 2],
    ])
    expect(counts(timeline.byPosition[positions.Treaty])).toEqual([
      ['2023-01', 2],
      ['2023-03', 2],
    ])
    expect(timeline.undated).toBe(1)
  })

  test('the network joins speakers to positions with stance counts, and follows the filter', async () => {
    const { notebook, speakers, positions } = await codedArchive()
    const { network, total } = await notebook.analyseStatements({
      limit: 1000,
      positionId: positions.Treaty,
      stances: ['supports', 'opposes'],
    })
    expect(total).toBe(3)
    expect(network.nodes.map((n) => [n.kind, n.label, n.total])).toEqual([
      ['speaker', 'Mara Velin', 2],
      ['speaker', 'Water Ministry', 1],
      ['position', 'Treaty', 3],
    ])
    expect(network.edges).toContainEqual(
      expect.objectContaining({
        source: speakers['Water Ministry'],
        target: positions.Treaty,
        supports: 1,
        total: 1,
        net: 1,
      }),
    )
  })
})
