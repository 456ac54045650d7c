import { describe, expect, it } from 'vitest';
import { definitionsIntro, readOnlyNoticeText, rightsUnknownText } from './pageWording.ts';

describe('definitionsIntro', () => {
  it('offers upload and remove only to someone who may', () => {
    expect(definitionsIntro({ mayChange: true, signsInWithPassword: false })).toBe(
      "OSWorkflow XML files that drive the API platform's resources: upload new ones, see and remove what is there.",
    );
    expect(definitionsIntro({ mayChange: false, signsInWithPassword: false })).toBe(
      "OSWorkflow XML files that drive the API platform's resources: see and search what is there.",
    );
  });

  it('offers nothing while the platform has not said who is signed in', () => {
    expect(definitionsIntro({ mayChange: null, signsInWithPassword: false })).toBe(
      "OSWorkflow XML files that drive the API platform's resources.",
    );
  });

  it('says the Flowdesk password is sent to the platform when it is', () => {
    expect(definitionsIntro({ mayChange: false, signsInWithPassword: true })).toMatch(
      /what is there\. This page signs you in to the API platform with the user name and password you signed in to Flowdesk with\.$/,
    );
  });
});

describe('readOnlyNoticeText', () => {
  it('names the platform account, what it may not do and what it can', () => {
    expect(readOnlyNoticeText('Vera Viewer')).toBe(
      'Vera Viewer may not upload or delete workflow definitions, which needs the Site Admin role on the API platform. You can see and search the list; ask an administrator if you need a change.',
    );
  });

  it('runs on after "Read-only:" in lower case when the account has no name', () => {
    expect(readOnlyNoticeText('You')).toMatch(/^you may not upload or delete/);
  });
});

describe('rightsUnknownText', () => {
  it('says why upload and delete are not offered while the platform has not said who may', () => {
    expect(rightsUnknownText(true)).toEqual({
      title: 'Upload and delete wait for the API platform',
      text: 'Flowdesk could not sign you in to the API platform, so it does not know yet whether you may upload or delete workflow definitions. Try again once the platform can be reached.',
    });
    expect(rightsUnknownText(false).text).toBe(
      'The API platform says whether you may upload or delete workflow definitions once you are signed in to it. Try again asks for your platform user name and password.',
    );
  });
});
