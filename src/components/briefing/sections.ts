/** Ids of the briefing's own sections: anchors for its contents and the PDF's named destinations. */
export const BRIEFING_SECTION = { contents: 'briefing-contents', summary: 'briefing-summary', sources: 'briefing-sources' } as const;
