/**
 * Definition files for the definitions specs, as a user has them: a small, valid OSWorkflow 2.8
 * definition whose initial action is `initial` and whose first step has `actions`.
 */
export const definitionXml = (
  initial: string,
  actions: readonly string[] = ['Go'],
) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE workflow PUBLIC "-//OpenSymphony Group//DTD OSWorkflow 2.8//EN" "http://www.opensymphony.com/osworkflow/workflow_2_8.dtd">
<workflow>
  <initial-actions>
    <action id="1" name="${initial}">
      <results><unconditional-result old-status="Finished" status="Pending" step="100"/></results>
    </action>
  </initial-actions>
  <steps>
    <step id="100" name="Pending">
      <actions>
${actions.map((a, i) => `        <action id="${11 + i}" name="${a}"><results><unconditional-result old-status="Finished" status="Done" step="200"/></results></action>`).join('\n')}
      </actions>
    </step>
    <step id="200" name="Done"/>
  </steps>
</workflow>
`;

/** A file as the file picker (setInputFiles) gives it to the page. */
export const xmlFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/xml',
  buffer: Buffer.from(text),
});
