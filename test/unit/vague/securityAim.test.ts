// A security purpose named together with the fraud it guards against (securityAim.ts). Each pair: a
// sentence the check lowers and a similar one it must keep; the lowering test fails without it.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a security purpose named with the fraud it guards against', () => {
  it('lowers the security purpose beside fraud detection or prevention', () => {
    expectLowered('We use your information:\n\n- For fraud detection, prevention, and security purposes\n- For research\n', 'security purposes', 'security-aim-named');
    expectLowered(
      'We may disclose your information for security reasons such as to detect and prevent against fraudulent or illegal activity, and to ensure the safety and security of our business.',
      'safety and security',
      'security-aim-named',
    );
  });
  it('keeps a bare security purpose, and one where fraud is not what it guards against', () => {
    expectShown('We use your information:\n\n- For analytics and security purposes\n- For research\n', 'security purposes');
    expectShown('We use your information for security purposes.', 'security purposes');
  });
});
